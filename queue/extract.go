package queue

import (
	"context"
	"fmt"
	"runtime/debug"

	"khabar/article"
	"khabar/pipeline"
)

// PanicError is a panic of the pipeline on one article, recovered.
type PanicError struct {
	// Value is what was passed to panic.
	Value any
	// Stack is the stack of the panicking goroutine.
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("queue: the pipeline panicked on this article: %v", e.Value)
}

// safeExtract runs the extractor on a, turning a panic into a *PanicError
// so that one article cannot take the worker down.
func (w *Worker) safeExtract(ctx context.Context, a article.Article) (res pipeline.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, err = pipeline.Result{}, &PanicError{Value: v, Stack: debug.Stack()}
		}
	}()
	return w.opts.Extract(ctx, a)
}
