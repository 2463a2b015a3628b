package recognize

func (st *state) findParentheses() {}
