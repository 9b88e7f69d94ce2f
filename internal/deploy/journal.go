package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// The deploy journal records every CloudFormation operation a deploy has
// started and not yet seen end. Ctrl-C (or SIGTERM, or a lost connection)
// stops strata waiting but not CloudFormation, as with the CDK CLI; the
// record lets `strata attach` / `strata deploy --resume` follow the same
// operation later, from the last event shown, and end as the deploy would
// have. It lives in the assembly directory (carried over when synthesis
// replaces it) because that is per project and already strata's to write;
// the leading dot keeps it out of the way of tools listing the assembly.

// JournalFile is the journal's name inside the assembly directory.
const JournalFile = ".strata-deploy-journal.json"

// journalVersion changes when entries change incompatibly.
const journalVersion = 1

// JournalEntry is one operation under way.
type JournalEntry struct {
	StackName   string `json:"stackName"`
	DisplayName string `json:"displayName"`
	// StackID is the stack's ARN: a stack of the same name made later is
	// another stack.
	StackID string `json:"stackId"`
	// Operation is CREATE_STACK, UPDATE_STACK or EXECUTE_CHANGE_SET for a
	// deploy, DELETE_STACK for a destroy, ROLLBACK_STACK or
	// CONTINUE_UPDATE_ROLLBACK for a rollback.
	Operation     string    `json:"operation"`
	ChangeSetName string    `json:"changeSetName,omitempty"`
	ChangeSetID   string    `json:"changeSetId,omitempty"`
	StartTime     time.Time `json:"startTime"`
	Region        string    `json:"region"`
	// Endpoint is the AWS endpoint override in use ("" for AWS itself).
	Endpoint   string `json:"endpoint,omitempty"`
	RoleArn    string `json:"roleArn,omitempty"`
	ExternalID string `json:"externalId,omitempty"`
	// FirstEventID is the newest stack event before the operation began;
	// LastEventID the newest one shown before strata stopped waiting.
	FirstEventID string `json:"firstEventId,omitempty"`
	LastEventID  string `json:"lastEventId,omitempty"`
	// Status is the stack's status when strata stopped waiting.
	Status        string    `json:"status,omitempty"`
	InterruptedAt time.Time `json:"interruptedAt,omitzero"`
	// TerminationProtection is set once the operation succeeds, as deploy
	// does.
	TerminationProtection bool `json:"terminationProtection,omitempty"`
	// ConstructPaths and ResourceCount let progress show construct paths
	// and n/total without the assembly.
	ConstructPaths map[string]string `json:"constructPaths,omitempty"`
	ResourceCount  int               `json:"resourceCount"`
	PID            int               `json:"pid"`
}

type journalDoc struct {
	Version    int            `json:"version"`
	Operations []JournalEntry `json:"operations"`
}

// Journal is the journal file of one assembly directory. Its methods are
// safe for the concurrent deployments of one process.
type Journal struct {
	path string
	// Display is how messages name the file (a relative path).
	Display string
	mu      sync.Mutex
}

// OpenJournal returns the journal at path (which need not exist);
// display is how messages name it.
func OpenJournal(path, display string) *Journal {
	if display == "" {
		display = path
	}
	return &Journal{path: path, Display: display}
}

// Path is the journal file's path.
func (j *Journal) Path() string { return j.path }

// Entries returns the operations recorded, oldest first.
func (j *Journal) Entries() ([]JournalEntry, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	doc, err := j.read()
	return doc.Operations, err
}

func (j *Journal) read() (journalDoc, error) {
	var doc journalDoc
	b, err := os.ReadFile(j.path)
	if errors.Is(err, os.ErrNotExist) {
		return doc, nil
	}
	if err != nil {
		return doc, err
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return doc, fmt.Errorf("the deploy journal %s is not valid JSON (%v); delete it to start afresh", j.Display, err)
	}
	if doc.Version != journalVersion {
		return journalDoc{}, fmt.Errorf("the deploy journal %s has version %d, this strata reads version %d", j.Display, doc.Version, journalVersion)
	}
	return doc, nil
}

// write replaces the file at once (a new file renamed over the old), or
// removes it when nothing is left to record.
func (j *Journal) write(doc journalDoc) error {
	if len(doc.Operations) == 0 {
		if err := os.Remove(j.path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	doc.Version = journalVersion
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(j.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(j.path), ".strata-journal-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), j.path)
}

func sameOperation(a, b JournalEntry) bool {
	return a.StackName == b.StackName && a.Region == b.Region
}

// Put records e, replacing any entry for the same stack and region.
func (j *Journal) Put(e JournalEntry) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	doc, err := j.read()
	if err != nil {
		return err
	}
	ops := doc.Operations[:0]
	for _, o := range doc.Operations {
		if !sameOperation(o, e) {
			ops = append(ops, o)
		}
	}
	doc.Operations = append(ops, e)
	return j.write(doc)
}

// Remove forgets the entry of a stack in a region.
func (j *Journal) Remove(stackName, region string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	doc, err := j.read()
	if err != nil {
		return err
	}
	ops := doc.Operations[:0]
	for _, o := range doc.Operations {
		if !sameOperation(o, JournalEntry{StackName: stackName, Region: region}) {
			ops = append(ops, o)
		}
	}
	doc.Operations = ops
	return j.write(doc)
}

// endpoint is the endpoint override in use, for the journal.
func (s *Session) endpoint() string {
	switch {
	case s.opts.EndpointURL != "":
		return s.opts.EndpointURL
	case s.base.BaseEndpoint != nil:
		return aws.ToString(s.base.BaseEndpoint)
	case os.Getenv("AWS_ENDPOINT_URL_CLOUDFORMATION") != "":
		return os.Getenv("AWS_ENDPOINT_URL_CLOUDFORMATION")
	}
	return os.Getenv("AWS_ENDPOINT_URL")
}

// Endpoint is the AWS endpoint override in use ("" for AWS itself).
func (s *Session) Endpoint() string { return s.endpoint() }

// journaled reports whether the journal has an operation of this stack.
func (s *Session) journaled(stackName, region string) bool {
	if s.Journal == nil {
		return false
	}
	entries, _ := s.Journal.Entries()
	for _, e := range entries {
		if sameOperation(e, JournalEntry{StackName: stackName, Region: region}) {
			return true
		}
	}
	return false
}

// journalBegin records an operation just started; a journal that cannot
// be written is worth a warning, not a failed deployment.
func (s *Session) journalBegin(d StackDeployment, m *monitor, op, stackID, changeSetID string) {
	if s.Journal == nil {
		return
	}
	e := JournalEntry{
		StackName: d.Name, DisplayName: d.DisplayName, StackID: stackID, Operation: op,
		ChangeSetID: changeSetID, StartTime: m.start.UTC(), Region: d.Target.Region, Endpoint: s.endpoint(),
		RoleArn: d.RoleArn, ExternalID: d.ExternalID, FirstEventID: m.firstID,
		TerminationProtection: d.TerminationProtection, ConstructPaths: m.paths, ResourceCount: m.total - 1,
		PID: os.Getpid(),
	}
	if changeSetID != "" {
		e.ChangeSetName = d.ChangeSetName
		if e.ChangeSetName == "" {
			e.ChangeSetName = defaultChangeSetName
		}
	}
	if err := s.Journal.Put(e); err != nil {
		s.warnOnce("journal", fmt.Sprintf("could not record the deployment in the deploy journal %s: %v", s.Journal.Display, err))
	}
}

// journalEnd follows a wait: an operation seen to end leaves the journal;
// one strata stopped waiting for stays, with the last event shown, and the
// interrupt names the way back to it.
func (s *Session) journalEnd(e JournalEntry, m *monitor, waitErr error) {
	if s.Journal == nil {
		return
	}
	var ie *InterruptedError
	if waitErr == nil {
		if err := s.Journal.Remove(e.StackName, e.Region); err != nil {
			s.warnOnce("journal", fmt.Sprintf("could not update the deploy journal %s: %v", s.Journal.Display, err))
		}
		return
	}
	if !errors.As(waitErr, &ie) {
		return // the operation may still run: keep the entry as it is
	}
	ie.Journal = s.Journal.Display
	entries, err := s.Journal.Entries()
	if err != nil {
		return
	}
	for _, cur := range entries {
		if sameOperation(cur, e) {
			if m.lastID != "" {
				cur.LastEventID = m.lastID
			}
			cur.Status, cur.InterruptedAt = ie.Status, time.Now().UTC()
			if err := s.Journal.Put(cur); err != nil {
				s.warnOnce("journal", fmt.Sprintf("could not update the deploy journal %s: %v", s.Journal.Display, err))
			}
			return
		}
	}
}

// Attach follows a recorded operation to its end, showing the events not
// shown before, and returns what DeployStack would have: the result on
// success, a *StackError on failure, an *InterruptedError when stopped
// again. An operation that ended meanwhile is reported as it ended. The
// entry leaves the journal once the end is seen.
func (s *Session) Attach(ctx context.Context, e JournalEntry, progress Progress) (*DeployResult, error) {
	cfn := s.CloudFormation(s.Config(ctx, e.Region, e.RoleArn, e.ExternalID))
	res, err := s.attach(ctx, cfn, e, progress)
	if err == nil && res != nil && e.Deploys() {
		d := StackDeployment{Name: e.StackName, TerminationProtection: e.TerminationProtection}
		if st, derr := describeStack(ctx, cfn, e.StackIDOrName()); derr == nil && st != nil {
			if perr := s.setTerminationProtection(ctx, cfn, d, st); perr != nil {
				return nil, perr
			}
		}
	}
	return res, err
}

// Deploys reports whether the operation is a deployment's (not a
// destroy's or a rollback's).
func (e JournalEntry) Deploys() bool {
	switch e.Operation {
	case OpDeleteStack, OpRollbackStack, OpContinueRollback:
		return false
	}
	return true
}

// succeeded reports whether the operation ended as its command wanted.
func (e JournalEntry) succeeded(status cfntypes.StackStatus) bool {
	switch e.Operation {
	case OpDeleteStack:
		return status == cfntypes.StackStatusDeleteComplete
	case OpRollbackStack, OpContinueRollback:
		return !strings.HasSuffix(string(status), "_FAILED")
	}
	return isSuccess(status)
}

// StackIDOrName is what API calls should name the stack by.
func (e JournalEntry) StackIDOrName() string {
	if e.StackID != "" {
		return e.StackID
	}
	return e.StackName
}

func (s *Session) attach(ctx context.Context, cfn stackReader, e JournalEntry, progress Progress) (*DeployResult, error) {
	if progress == nil {
		progress = nopProgress{}
	}
	display := e.DisplayName
	if display == "" {
		display = e.StackName
	}
	m := &monitor{cfn: cfn, stack: e.StackName, id: e.StackIDOrName(), display: display, paths: e.ConstructPaths,
		progress: progress, interval: s.opts.PollInterval, stillEvery: s.opts.StillWaitingEvery,
		seen: map[string]bool{}, done: map[string]bool{}, total: e.ResourceCount + 1, inFlight: map[string]string{},
		start: e.StartTime, lastNews: time.Now(), firstID: e.FirstEventID, lastID: e.LastEventID, quietThrough: e.LastEventID}
	if m.paths == nil {
		m.paths = map[string]string{}
	}
	if e.FirstEventID != "" {
		m.seen[e.FirstEventID] = true
	}
	st, err := describeStack(ctx, cfn, m.id)
	if err != nil {
		return nil, fmt.Errorf("stack %s: %s", e.StackName, shortErr(err))
	}
	what := e.Operation
	if e.ChangeSetName != "" {
		what += " of change set " + e.ChangeSetName
	}
	started := e.StartTime.Local().Format("2006-01-02 15:04:05")
	switch {
	case st == nil:
		progress.Event(Event{Stack: display, Kind: EventInfo, Message: fmt.Sprintf("the %s started %s has ended: the stack no longer exists", what, started)})
	case isInProgress(string(st.StackStatus)):
		progress.Event(Event{Stack: display, Kind: EventInfo, Message: fmt.Sprintf("re-attached to the %s started %s (%s)", what, started, st.StackStatus)})
	default:
		progress.Event(Event{Stack: display, Kind: EventInfo, Message: fmt.Sprintf("the %s started %s has already ended: %s", what, started, st.StackStatus)})
	}
	final, err := m.wait(ctx)
	s.journalEnd(e, m, err)
	if err != nil {
		return nil, err
	}
	res := &DeployResult{StackName: e.StackName, StackArn: aws.ToString(final.StackId), ChangeSetID: e.ChangeSetID,
		Executed: true, Status: string(final.StackStatus)}
	if res.StackArn == "" {
		res.StackArn = e.StackID
	}
	if !e.StartTime.IsZero() {
		res.Elapsed = time.Since(e.StartTime)
	}
	if !e.succeeded(final.StackStatus) {
		return nil, m.failure(final)
	}
	res.Outputs = outputsOf(final)
	return res, nil
}

func isInProgress(status string) bool { return strings.HasSuffix(status, "_IN_PROGRESS") }
