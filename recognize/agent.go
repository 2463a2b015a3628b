package recognize

func (st *state) placeAgents() {}
