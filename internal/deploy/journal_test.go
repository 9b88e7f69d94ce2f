package deploy

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// fakeStack plays CloudFormation for one stack: each DescribeStacks call
// moves to the next step (the last one stays), and DescribeStackEvents
// shows the events that step has made visible, newest first.
type fakeStack struct {
	mu     sync.Mutex
	steps  []fakeStep
	step   int
	events []cfntypes.StackEvent // oldest first
	asked  []string              // StackName of every call
}

type fakeStep struct {
	status  string
	visible int // how many of events exist by then
}

func (f *fakeStack) DescribeStacks(_ context.Context, in *cloudformation.DescribeStacksInput, _ ...func(*cloudformation.Options)) (*cloudformation.DescribeStacksOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, aws.ToString(in.StackName))
	if f.step < len(f.steps)-1 {
		f.step++
	}
	return &cloudformation.DescribeStacksOutput{Stacks: []cfntypes.Stack{{
		StackName: aws.String("Shop"), StackId: aws.String("arn:aws:cloudformation:us-east-1:123456789012:stack/Shop/1"),
		StackStatus: cfntypes.StackStatus(f.steps[f.step].status),
		Outputs:     []cfntypes.Output{{OutputKey: aws.String("Version"), OutputValue: aws.String("2")}},
	}}}, nil
}

func (f *fakeStack) DescribeStackEvents(_ context.Context, in *cloudformation.DescribeStackEventsInput, _ ...func(*cloudformation.Options)) (*cloudformation.DescribeStackEventsOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, aws.ToString(in.StackName))
	n := f.steps[f.step].visible
	out := &cloudformation.DescribeStackEventsOutput{}
	for i := n - 1; i >= 0; i-- {
		out.StackEvents = append(out.StackEvents, f.events[i])
	}
	return out, nil
}

func ev(id, logical, typ, status, reason string) cfntypes.StackEvent {
	e := cfntypes.StackEvent{EventId: aws.String(id), LogicalResourceId: aws.String(logical), ResourceType: aws.String(typ),
		ResourceStatus: cfntypes.ResourceStatus(status), Timestamp: aws.Time(time.Now())}
	if reason != "" {
		e.ResourceStatusReason = aws.String(reason)
	}
	return e
}

// An update of a stack with a queue and a topic; e0 is older than the
// operation, e2 the last event shown before the interrupt.
func updateEvents() []cfntypes.StackEvent {
	return []cfntypes.StackEvent{
		ev("e0", "Shop", "AWS::CloudFormation::Stack", "CREATE_COMPLETE", ""),
		ev("e1", "Shop", "AWS::CloudFormation::Stack", "UPDATE_IN_PROGRESS", "User Initiated"),
		ev("e2", "Jobs", "AWS::SQS::Queue", "UPDATE_IN_PROGRESS", ""),
		ev("e3", "Jobs", "AWS::SQS::Queue", "UPDATE_COMPLETE", ""),
		ev("e4", "Alerts", "AWS::SNS::Topic", "UPDATE_IN_PROGRESS", ""),
		ev("e5", "Alerts", "AWS::SNS::Topic", "UPDATE_COMPLETE", ""),
		ev("e6", "Shop", "AWS::CloudFormation::Stack", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", ""),
		ev("e7", "Shop", "AWS::CloudFormation::Stack", "UPDATE_COMPLETE", ""),
	}
}

func journalEntry() JournalEntry {
	return JournalEntry{
		StackName: "Shop", DisplayName: "Shop", StackID: "arn:aws:cloudformation:us-east-1:123456789012:stack/Shop/1",
		Operation: "EXECUTE_CHANGE_SET", ChangeSetName: "strata-deploy-change-set", ChangeSetID: "cs-1",
		StartTime: time.Now().Add(-time.Minute), Region: "us-east-1", FirstEventID: "e0", LastEventID: "e2",
		Status: "UPDATE_IN_PROGRESS", ConstructPaths: map[string]string{"Jobs": "Shop/Jobs/Resource", "Alerts": "Shop/Alerts/Resource"},
		ResourceCount: 2,
	}
}

// journalWith makes a journal in a temporary directory holding entries.
func journalWith(t *testing.T, entries ...JournalEntry) *Journal {
	t.Helper()
	j := OpenJournal(filepath.Join(t.TempDir(), "cdk.out", JournalFile), "cdk.out/"+JournalFile)
	for _, e := range entries {
		if err := j.Put(e); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

func resourceLines(r *recorder) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, e := range r.events {
		if e.Kind == EventResource {
			who := e.LogicalID
			if e.ConstructPath != "" {
				who = e.ConstructPath
			}
			out = append(out, fmt.Sprintf("%d/%d %s %s", e.Done, e.Total, e.Status, who))
		}
	}
	return out
}

// Re-attaching to an operation still in progress polls until it ends,
// shows only the events not shown before the interrupt, with construct
// paths and counts from the journal, and ends as deploy would; the entry
// leaves the journal.
func TestAttachFollowsOperationToItsEnd(t *testing.T) {
	f := &fakeStack{events: updateEvents(), steps: []fakeStep{
		{"UPDATE_IN_PROGRESS", 3}, {"UPDATE_IN_PROGRESS", 4}, {"UPDATE_IN_PROGRESS", 5}, {"UPDATE_IN_PROGRESS", 6},
		{"UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", 7}, {"UPDATE_COMPLETE", 8},
	}}
	f.step = -1
	j := journalWith(t, journalEntry(), JournalEntry{StackName: "Other", Region: "us-east-1", Operation: "CREATE_STACK"})
	s := &Session{opts: Options{PollInterval: time.Millisecond}, Journal: j, warned: map[string]bool{}}
	rec := &recorder{}
	res, err := s.attach(context.Background(), f, journalEntry(), rec)
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != "UPDATE_COMPLETE" || !res.Executed || res.Outputs["Version"] != "2" || res.ChangeSetID != "cs-1" || res.Elapsed < time.Minute {
		t.Errorf("result %+v", res)
	}
	want := []string{
		"1/3 UPDATE_COMPLETE Shop/Jobs/Resource",
		"1/3 UPDATE_IN_PROGRESS Shop/Alerts/Resource",
		"2/3 UPDATE_COMPLETE Shop/Alerts/Resource",
		"2/3 UPDATE_COMPLETE_CLEANUP_IN_PROGRESS Shop",
		"2/3 UPDATE_COMPLETE Shop",
	}
	if got := resourceLines(rec); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events shown:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if msg := rec.messages(); !strings.Contains(msg, "re-attached to the EXECUTE_CHANGE_SET of change set strata-deploy-change-set started ") {
		t.Errorf("messages:\n%s", msg)
	}
	if f.step < 5 {
		t.Errorf("stopped polling at step %d", f.step)
	}
	for _, name := range f.asked {
		if name != journalEntry().StackID {
			t.Errorf("asked about %q, want the stack's ID", name)
		}
	}
	left, err := j.Entries()
	if err != nil || len(left) != 1 || left[0].StackName != "Other" {
		t.Errorf("journal after the end: %+v %v", left, err)
	}
}

// A failure shown before the interrupt still counts: the end is the
// StackError deploy would have returned, naming the failed resource.
func TestAttachReportsFailureSeenBeforeInterrupt(t *testing.T) {
	events := []cfntypes.StackEvent{
		ev("e0", "Shop", "AWS::CloudFormation::Stack", "CREATE_COMPLETE", ""),
		ev("e1", "Shop", "AWS::CloudFormation::Stack", "UPDATE_IN_PROGRESS", "User Initiated"),
		ev("e2", "Jobs", "AWS::SQS::Queue", "UPDATE_FAILED", "Queue limit exceeded"),
		ev("e3", "Shop", "AWS::CloudFormation::Stack", "UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to update: [Jobs]."),
		ev("e4", "Shop", "AWS::CloudFormation::Stack", "UPDATE_ROLLBACK_COMPLETE", ""),
	}
	f := &fakeStack{events: events, steps: []fakeStep{{"UPDATE_ROLLBACK_IN_PROGRESS", 4}, {"UPDATE_ROLLBACK_COMPLETE", 5}}}
	f.step = -1
	j := journalWith(t, journalEntry())
	s := &Session{opts: Options{PollInterval: time.Millisecond}, Journal: j, warned: map[string]bool{}}
	rec := &recorder{}
	_, err := s.attach(context.Background(), f, journalEntry(), rec)
	var se *StackError
	if !errors.As(err, &se) || se.Status != "UPDATE_ROLLBACK_COMPLETE" || len(se.Failures) != 1 || se.Failures[0].ConstructPath != "Shop/Jobs/Resource" {
		t.Fatalf("want the deploy's StackError, got %v", err)
	}
	if got := resourceLines(rec); len(got) != 2 || !strings.Contains(got[0], "UPDATE_ROLLBACK_IN_PROGRESS") {
		t.Errorf("events shown: %q", got)
	}
	if _, err := os.Stat(j.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the journal should be gone once its last operation ended: %v", err)
	}
}

// An operation that ended while nobody watched is reported as it ended.
func TestAttachToOperationAlreadyEnded(t *testing.T) {
	f := &fakeStack{events: updateEvents(), steps: []fakeStep{{"UPDATE_COMPLETE", 8}}}
	s := &Session{opts: Options{PollInterval: time.Millisecond}, Journal: journalWith(t, journalEntry()), warned: map[string]bool{}}
	rec := &recorder{}
	res, err := s.attach(context.Background(), f, journalEntry(), rec)
	if err != nil || res.Status != "UPDATE_COMPLETE" {
		t.Fatalf("%+v %v", res, err)
	}
	if msg := rec.messages(); !strings.Contains(msg, "has already ended: UPDATE_COMPLETE") {
		t.Errorf("messages:\n%s", msg)
	}
	if got := resourceLines(rec); len(got) != 5 {
		t.Errorf("the events since the interrupt should be shown: %q", got)
	}
}

// Interrupted again, attach keeps the entry, moves its last event on and
// says how to come back.
func TestAttachInterruptedAgain(t *testing.T) {
	f := &fakeStack{events: updateEvents(), steps: []fakeStep{{"UPDATE_IN_PROGRESS", 3}, {"UPDATE_IN_PROGRESS", 5}}}
	f.step = -1
	j := journalWith(t, journalEntry())
	s := &Session{opts: Options{PollInterval: 5 * time.Millisecond}, Journal: j, warned: map[string]bool{}}
	ctx, cancel := context.WithCancel(context.Background())
	rec := &recorder{}
	go func() {
		for len(resourceLines(rec)) < 2 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	_, err := s.attach(ctx, f, journalEntry(), rec)
	var ie *InterruptedError
	if !errors.As(err, &ie) || ie.Journal != "cdk.out/"+JournalFile || !strings.Contains(err.Error(), "strata attach Shop") {
		t.Fatalf("want an InterruptedError naming the journal, got %v", err)
	}
	left, _ := j.Entries()
	if len(left) != 1 || left[0].LastEventID != "e4" || left[0].Status != "UPDATE_IN_PROGRESS" || left[0].InterruptedAt.IsZero() {
		t.Errorf("journal: %+v", left)
	}
}

func TestJournalFile(t *testing.T) {
	j := journalWith(t)
	if es, err := j.Entries(); err != nil || len(es) != 0 {
		t.Fatalf("a missing journal is empty: %v %v", es, err)
	}
	a := JournalEntry{StackName: "A", Region: "us-east-1", Operation: "CREATE_STACK"}
	b := JournalEntry{StackName: "B", Region: "us-east-1", Operation: "CREATE_STACK"}
	for _, e := range []JournalEntry{a, b, {StackName: "A", Region: "us-east-1", Operation: "UPDATE_STACK"}} {
		if err := j.Put(e); err != nil {
			t.Fatal(err)
		}
	}
	es, _ := j.Entries()
	if len(es) != 2 || es[0].StackName != "B" || es[1].Operation != "UPDATE_STACK" {
		t.Errorf("entries %+v", es)
	}
	_ = j.Remove("B", "us-east-1")
	if _, err := os.Stat(j.Path()); err != nil {
		t.Errorf("journal gone with an entry left: %v", err)
	}
	_ = j.Remove("A", "us-east-1")
	if _, err := os.Stat(j.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("empty journal left behind: %v", err)
	}
	os.WriteFile(j.Path(), []byte(`{"version": 9, "operations": []}`), 0o644)
	if _, err := j.Entries(); err == nil || !strings.Contains(err.Error(), "version 9") {
		t.Errorf("unknown version: %v", err)
	}
	os.WriteFile(j.Path(), []byte(`{`), 0o644)
	if _, err := j.Entries(); err == nil || !strings.Contains(err.Error(), "delete it to start afresh") {
		t.Errorf("bad JSON: %v", err)
	}
}

// Against moto: a deploy interrupted while CloudFormation works is
// recorded (stack ID, change set, last event); attach follows the same
// operation to its end and clears the record.
func testInterruptedDeployIsJournaled(t *testing.T, moto string) {
	srv, f := newProxy(t, moto)
	s := session(t, srv.URL, Options{})
	s.Journal = OpenJournal(filepath.Join(t.TempDir(), JournalFile), "cdk.out/"+JournalFile)
	if _, err := s.DeployStack(context.Background(), stack("Journaled", queueV1), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Journal.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a deploy that ended must leave no journal: %v", err)
	}
	f.mu.Lock()
	f.holdOnExecute = true
	f.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.DeployStack(ctx, stack("Journaled", queueV2), nil)
		done <- err
	}()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(s.Journal.Path()); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no journal while the deployment runs")
		}
	}
	cancel()
	err := <-done
	var ie *InterruptedError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "recorded in cdk.out/"+JournalFile) || !strings.Contains(err.Error(), "strata attach Journaled") {
		t.Fatalf("interrupt: %v", err)
	}
	es, _ := s.Journal.Entries()
	if len(es) != 1 || es[0].Operation != "EXECUTE_CHANGE_SET" || !strings.Contains(es[0].StackID, "Journaled") || es[0].ChangeSetID == "" ||
		es[0].ChangeSetName != "strata-deploy-change-set" || es[0].Endpoint != srv.URL || es[0].ConstructPaths["Jobs"] != "S/Jobs/Resource" || es[0].ResourceCount != 2 {
		t.Fatalf("journal entry: %+v", es)
	}
	// Still in progress for a few more polls, then done.
	f.mu.Lock()
	f.holdPolls = 3
	f.mu.Unlock()
	rec := &recorder{}
	res, err := s.Attach(context.Background(), es[0], rec)
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != "UPDATE_COMPLETE" || !res.Executed || !strings.Contains(res.StackArn, "Journaled") {
		t.Errorf("result %+v", res)
	}
	if _, err := os.Stat(s.Journal.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("journal left after attach saw the end: %v", err)
	}
	// A second attach finds nothing to do; a deploy of a stack that the
	// journal says is in progress points to attach.
	if es, _ := s.Journal.Entries(); len(es) != 0 {
		t.Errorf("entries left: %+v", es)
	}
}

// A recorded rollback or deletion ends as rollback and destroy do: a
// rollback that completes is a success (the deploy's UPDATE_ROLLBACK_COMPLETE
// would be a failure), a deletion succeeds only at DELETE_COMPLETE.
func TestAttachRollbackAndDeletion(t *testing.T) {
	for _, c := range []struct {
		op, final string
		ok        bool
	}{
		{OpRollbackStack, "UPDATE_ROLLBACK_COMPLETE", true},
		{OpContinueRollback, "UPDATE_ROLLBACK_COMPLETE", true},
		{OpRollbackStack, "UPDATE_ROLLBACK_FAILED", false},
		{OpDeleteStack, "DELETE_COMPLETE", true},
		{OpDeleteStack, "DELETE_FAILED", false},
		{"EXECUTE_CHANGE_SET", "UPDATE_ROLLBACK_COMPLETE", false},
	} {
		e := journalEntry()
		e.Operation = c.op
		f := &fakeStack{events: updateEvents()[:1], steps: []fakeStep{{strings.Replace(c.final, "COMPLETE", "IN_PROGRESS", 1), 1}, {c.final, 1}}}
		f.step = -1
		j := journalWith(t, e)
		s := &Session{opts: Options{PollInterval: time.Millisecond}, Journal: j, warned: map[string]bool{}}
		res, err := s.attach(context.Background(), f, e, &recorder{})
		if c.ok != (err == nil) || (c.ok && res.Status != c.final) {
			t.Errorf("%s ending %s: %+v %v", c.op, c.final, res, err)
		}
		if left, _ := j.Entries(); len(left) != 0 {
			t.Errorf("%s ending %s: the journal keeps %+v", c.op, c.final, left)
		}
	}
	if (JournalEntry{Operation: OpDeleteStack}).Deploys() || !(JournalEntry{Operation: "CREATE_STACK"}).Deploys() {
		t.Error("Deploys")
	}
}

// fakeRollbackCFN plays CloudFormation's query API for one stack left
// UPDATE_FAILED: RollbackStack moves it to UPDATE_ROLLBACK_IN_PROGRESS,
// where it stays until done is set.
type fakeRollbackCFN struct {
	mu             sync.Mutex
	rolling, done  bool
	rollbackCalled int
}

func (f *fakeRollbackCFN) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	const ns = `xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"`
	w.Header().Set("Content-Type", "text/xml")
	switch r.Form.Get("Action") {
	case "DescribeStacks":
		status := "UPDATE_FAILED"
		if f.done {
			status = "UPDATE_ROLLBACK_COMPLETE"
		} else if f.rolling {
			status = "UPDATE_ROLLBACK_IN_PROGRESS"
		}
		fmt.Fprintf(w, `<DescribeStacksResponse %s><DescribeStacksResult><Stacks><member><StackName>Shop</StackName><StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/Shop/1</StackId><StackStatus>%s</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime></member></Stacks></DescribeStacksResult></DescribeStacksResponse>`, ns, status)
	case "DescribeStackEvents":
		fmt.Fprintf(w, `<DescribeStackEventsResponse %s><DescribeStackEventsResult><StackEvents></StackEvents></DescribeStackEventsResult></DescribeStackEventsResponse>`, ns)
	case "RollbackStack":
		f.rolling = true
		f.rollbackCalled++
		fmt.Fprintf(w, `<RollbackStackResponse %s><RollbackStackResult><StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/Shop/1</StackId></RollbackStackResult></RollbackStackResponse>`, ns)
	default:
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintf(w, `<ErrorResponse><Error><Code>Unsupported</Code><Message>%s</Message></Error></ErrorResponse>`, r.Form.Get("Action"))
	}
}

// An interrupted rollback is recorded in the journal like a deployment;
// attach then follows it to its end and the entry goes.
func TestRollbackIsJournaled(t *testing.T) {
	f := &fakeRollbackCFN{}
	srv := httptest.NewServer(f)
	defer srv.Close()
	s := session(t, srv.URL, Options{PollInterval: 5 * time.Millisecond})
	s.Journal = OpenJournal(filepath.Join(t.TempDir(), "cdk.out", JournalFile), "cdk.out/"+JournalFile)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for {
			if _, err := os.Stat(s.Journal.Path()); err == nil {
				cancel()
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	_, err := s.RollbackStack(ctx, StackRollback{Name: "Shop", DisplayName: "Shop", Region: "us-east-1"}, nil)
	var ie *InterruptedError
	if !errors.As(err, &ie) || ie.Status != "UPDATE_ROLLBACK_IN_PROGRESS" || !strings.Contains(err.Error(), "strata attach Shop") {
		t.Fatalf("want an InterruptedError naming attach, got %v", err)
	}
	entries, _ := s.Journal.Entries()
	if len(entries) != 1 || entries[0].Operation != OpRollbackStack || entries[0].StackID != "arn:aws:cloudformation:us-east-1:123456789012:stack/Shop/1" || entries[0].Status != "UPDATE_ROLLBACK_IN_PROGRESS" {
		t.Fatalf("journal: %+v", entries)
	}
	f.mu.Lock()
	f.done = true
	f.mu.Unlock()
	res, err := s.Attach(context.Background(), entries[0], nil)
	if err != nil || res.Status != "UPDATE_ROLLBACK_COMPLETE" {
		t.Fatalf("attach: %+v %v", res, err)
	}
	if left, _ := s.Journal.Entries(); len(left) != 0 || f.rollbackCalled != 1 {
		t.Errorf("journal after attach: %+v, RollbackStack called %d times", left, f.rollbackCalled)
	}
}
