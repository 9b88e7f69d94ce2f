package ojson

// InsertionOrdered reports whether Range and Keys visit the keys in the
// order they were set: no key is an array index.
func (o *Object) InsertionOrdered() bool {
	if o == nil {
		return true
	}
	for i := range o.ents {
		if isIndexLike(o.ents[i].k) {
			if _, ok := ArrayIndex(o.ents[i].k); ok {
				return false
			}
		}
	}
	return true
}

// Update replaces each value, in insertion order, by f's result; an entry
// f does not keep is removed, and the others keep their places. f must not
// change o. It lets the owner of an object transform it without a copy.
func (o *Object) Update(f func(key string, v interface{}) (nv interface{}, keep bool)) {
	if o == nil {
		return
	}
	n := 0
	for i := range o.ents {
		e := o.ents[i]
		nv, keep := f(e.k, e.v)
		if keep {
			o.ents[n] = entry{e.k, nv}
			n++
		}
	}
	if n == len(o.ents) {
		return
	}
	clear(o.ents[n:])
	o.ents = o.ents[:n]
	if o.index != nil {
		o.index = nil
		if len(o.ents) > indexAt {
			o.reindex()
		}
	}
}

// AnyKey reports whether f is true of some key.
func (o *Object) AnyKey(f func(key string) bool) bool {
	if o == nil {
		return false
	}
	for i := range o.ents {
		if f(o.ents[i].k) {
			return true
		}
	}
	return false
}
