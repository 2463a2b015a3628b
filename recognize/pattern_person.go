package recognize

func (st *state) findPersonPatterns() {}
