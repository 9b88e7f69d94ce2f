package awscdk

// Templates are rendered in stack order on the synthesizing goroutine (the
// resolver and the tree are not safe for concurrent use); serializing,
// hashing and writing them runs on the stage's workers, at most GOMAXPROCS
// at once. What needs the hash (a stack's asset manifest and artifact, a
// nested stack's asset in its parent) runs back on the synthesizing
// goroutine, in stack order, so the output never depends on scheduling.

import (
	"runtime"

	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/cfnvalidate"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// templateJob is one template being serialized, written and hashed.
type templateJob struct {
	done chan struct{}
	hash string // hex SHA-256 of the bytes
	size int
	err  error
	// then runs on the synthesizing goroutine once the hash is known.
	then func(w *assemblyWriter, hash string) error
	// stack is the stack rendered (the nested-stack pass matches children).
	stack *stack
	// check, when set, receives the built-in validation of the bytes
	// written, run on the worker that has them in hand.
	check *templateCheck
}

// templateCheck is the "CloudFormation Validate" engine's verdict on one
// written template (validation_report.go reads it instead of the file).
type templateCheck struct {
	found []cfnvalidate.Diagnostic
	err   error
}

func (j *templateJob) wait() error {
	<-j.done
	return j.err
}

// marshalPool hands workers reusable output buffers: a template is written
// and hashed before its buffer goes back, so the next template reuses it.
type marshalPool struct {
	bufs chan []byte
	hint int // first size of a new buffer: the largest template so far
}

func newMarshalPool() *marshalPool {
	return &marshalPool{bufs: make(chan []byte, runtime.GOMAXPROCS(0)), hint: 4096}
}

// get returns a buffer to reuse, or a new one of size bytes.
func (p *marshalPool) get(size int) []byte {
	select {
	case b := <-p.bufs:
		return b[:0]
	default:
		return make([]byte, 0, size)
	}
}

func (p *marshalPool) put(b []byte) {
	select {
	case p.bufs <- b:
	default:
	}
}

// run serializes tmpl with indent, writes it to name in st when name is not
// empty, and hashes it, on one of st's workers.
func (p *marshalPool) run(st *assembly.Stage, j *templateJob, tmpl *ojson.Object, indent int, name string) {
	hint := p.hint // read here: drain updates it
	st.Go(func() error {
		defer close(j.done)
		b, err := assembly.MarshalAppend(p.get(hint), tmpl, indent)
		if err == nil && name != "" {
			err = st.WriteNow(name, b)
		}
		if err == nil {
			j.hash, j.size = contentHashBytes(b), len(b)
			if j.check != nil {
				// The rules read the rendered object, which gives the
				// verdict on b without decoding it: nothing changes tmpl
				// once it is submitted (renderTemplate builds it afresh).
				j.check.found, j.check.err = cfnvalidate.ValidateObject(tmpl, cfnvalidate.Options{Exclude: cfnvalidate.CDKExcludedRules})
			}
		}
		if b != nil {
			p.put(b)
		}
		j.err = err
		return err
	})
}

// writeInBackground serializes v (resolved already, and not changed
// afterwards) and writes it to name on one of the stage's workers.
func (w *assemblyWriter) writeInBackground(name string, v interface{}, indent int) {
	if w.pool == nil {
		w.pool = newMarshalPool()
	}
	p, st := w.pool, w.stage
	st.Go(func() error {
		b, err := assembly.MarshalAppend(p.get(512), v, indent)
		if err != nil {
			return err
		}
		err = st.WriteNow(name, b)
		p.put(b)
		return err
	})
}

// writeTemplateThen renders s's template now and has it serialized,
// written and hashed in the background; then (which may be nil) runs in
// stack order with the hash, from drain.
func (w *assemblyWriter) writeTemplateThen(s *stack, then func(w *assemblyWriter, hash string) error) error {
	s.Node().AddMetadata(str("aws:cdk:templateFile"), s.artifactID+".template.json", nil)
	s.checked = nil
	tmpl, err := s.renderTemplate()
	if err != nil {
		return err
	}
	if n := countResources(tmpl); n > 500 {
		return diag.Errorf(*s.Node().Path(), "number of resources in stack '%s': %d is greater than allowed maximum of 500", *s.Node().Path(), n)
	}
	// The App validates every stack template it writes once all are
	// written; the worker holding these bytes validates them instead. A
	// synthesizer of the program's own may write the file again: that one
	// is read back.
	var check *templateCheck
	if _, engine := s.synthesizer.(engineSynthesizer); engine && s.nested == nil && w.checksTemplates() {
		check = &templateCheck{}
	}
	s.checked = check
	w.submit(s, tmpl, s.artifactID+".template.json", then, check)
	return nil
}

// submitTemplate queues s's rendered template to be written to name.
func (w *assemblyWriter) submitTemplate(s *stack, tmpl *ojson.Object, name string, then func(w *assemblyWriter, hash string) error) {
	w.submit(s, tmpl, name, then, nil)
}

func (w *assemblyWriter) submit(s *stack, tmpl *ojson.Object, name string, then func(w *assemblyWriter, hash string) error, check *templateCheck) {
	indent := 1
	if s.suppressIndentation {
		indent = 0
	}
	w.addMissing(s)
	if w.pool == nil {
		w.pool = newMarshalPool()
	}
	j := &templateJob{done: make(chan struct{}), then: then, stack: s, check: check}
	w.pool.run(w.stage, j, tmpl, indent, name)
	w.pending = append(w.pending, j)
}

// drain finishes the queued templates, oldest first, until at most keep are
// left: each one's continuation runs with its hash. User mistakes go to
// ds; a failure to write is returned.
func (w *assemblyWriter) drain(ds *diag.Diagnostics, keep int) error {
	for len(w.pending) > keep {
		j := w.pending[0]
		w.pending[0] = nil
		w.pending = w.pending[1:]
		if err := j.wait(); err != nil {
			return err
		}
		if j.size > w.pool.hint {
			w.pool.hint = j.size + j.size/16
		}
		if j.then == nil {
			continue
		}
		var serr error
		if d := catchResolve(func() { serr = j.then(w, j.hash) }); d != nil {
			ds.Append(d)
			continue
		}
		if serr != nil {
			if de, ok := serr.(*diag.Diagnostic); ok {
				ds.Append(de)
				continue
			}
			return serr
		}
	}
	return nil
}

// waitPending waits for the templates still being written, after a failure.
func (w *assemblyWriter) waitPending() {
	for _, j := range w.pending {
		<-j.done
	}
	w.pending = nil
}

// inFlight is how many templates may wait for their continuation: enough to
// keep every worker busy while the next stack renders.
func inFlight() int { return runtime.GOMAXPROCS(0) + 1 }
