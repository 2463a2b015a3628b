package gold

import (
	"encoding/json"
	"fmt"
	"os"
)

// File is one gold file: what a careful coder extracts from an article.
type File struct {
	ID       string   `json:"id"`
	Date     string   `json:"date"`
	Events   []Event  `json:"events"`
	Entities []Entity `json:"entities"`
	Amounts  []Amount `json:"amounts"`
	Quotes   []Quote  `json:"quotes"`
}

// Event is one gold event.
type Event struct {
	Type      string `json:"type"`
	Actor     string `json:"actor"`
	Recipient string `json:"recipient"`
	Date      string `json:"date,omitempty"`
	Optional  bool   `json:"optional"`
	Note      string `json:"note,omitempty"`
}

// Entity is one gold entity with its acceptable names.
type Entity struct {
	Type    string   `json:"type"`
	Names   []string `json:"names"`
	Country string   `json:"country,omitempty"`
}

// Amount is one gold amount.
type Amount struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit,omitempty"`
}

// Quote is one gold quote: who is quoted.
type Quote struct {
	Speaker []string `json:"speaker"`
	Direct  bool     `json:"direct"`
}

// ReadFile reads a gold file.
func ReadFile(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &f, nil
}
