package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// EventKind tells progress events apart.
type EventKind string

const (
	EventResource EventKind = "resource" // a CloudFormation stack event
	EventAsset    EventKind = "asset"    // an asset published or skipped
	EventInfo     EventKind = "info"
	EventWarning  EventKind = "warning"
)

// Event is one line of progress.
type Event struct {
	Stack         string        `json:"stack"`
	Kind          EventKind     `json:"kind"`
	Time          time.Time     `json:"time"` // RFC 3339
	Elapsed       time.Duration `json:"-"`
	LogicalID     string        `json:"logicalId,omitempty"`
	ResourceType  string        `json:"resourceType,omitempty"`
	Status        string        `json:"status,omitempty"`
	Reason        string        `json:"reason,omitempty"`
	ConstructPath string        `json:"constructPath,omitempty"`
	Done          int           `json:"done,omitempty"`
	Total         int           `json:"total,omitempty"`
	Message       string        `json:"message,omitempty"`
}

// MarshalJSON writes the event in camelCase with an RFC 3339 time (now,
// when the event has none) and the elapsed time in seconds.
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	return json.Marshal(struct {
		plain
		ElapsedSeconds float64 `json:"elapsedSeconds,omitempty"`
	}{plain(e), e.Elapsed.Seconds()})
}

// Failed reports whether the event is a resource failure.
func (e Event) Failed() bool { return strings.HasSuffix(e.Status, "_FAILED") }

// Progress receives events while the engine works; it must be safe for
// concurrent use when stacks deploy in parallel.
type Progress interface{ Event(Event) }

type nopProgress struct{}

func (nopProgress) Event(Event) {}

// stackReader is the part of CloudFormation a monitor reads (the SDK's
// client, or a fake in tests).
type stackReader interface {
	DescribeStacks(context.Context, *cloudformation.DescribeStacksInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeStacksOutput, error)
	DescribeStackEvents(context.Context, *cloudformation.DescribeStackEventsInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeStackEventsOutput, error)
}

// monitor follows a stack's events from the start of one operation.
type monitor struct {
	cfn   stackReader
	stack string
	// id is what the API calls name the stack by: its name, or its ID
	// when re-attaching (a stack of the same name may have replaced it).
	id       string
	display  string
	paths    map[string]string
	progress Progress
	interval time.Duration

	start    time.Time
	seen     map[string]bool
	total    int
	done     map[string]bool
	failures []ResourceFailure

	// stillEvery is how often to say what is still in progress when no
	// event arrives (0: 30 s); lastNews is when something was last said.
	stillEvery time.Duration
	lastNews   time.Time
	inFlight   map[string]string // logical ID -> resource type, in progress

	// firstID is the newest event before the operation (from markStart),
	// lastID the newest event reported since; both go into the deploy
	// journal. quietThrough: events up to this one are counted but not
	// printed again (they were, before an interrupt).
	firstID, lastID string
	quietThrough    string
}

func newMonitor(cfn stackReader, d StackDeployment, p Progress, interval time.Duration) *monitor {
	paths := map[string]string{}
	res, _ := d.Template["Resources"].(map[string]interface{})
	for id, r := range res {
		rm, _ := r.(map[string]interface{})
		md, _ := rm["Metadata"].(map[string]interface{})
		if p, ok := md["aws:cdk:path"].(string); ok {
			paths[id] = p
		}
	}
	return &monitor{cfn: cfn, stack: d.Name, id: d.Name, display: d.DisplayName, paths: paths, progress: p, interval: interval,
		seen: map[string]bool{}, done: map[string]bool{}, total: len(res) + 1, inFlight: map[string]string{}}
}

// markStart remembers the events that exist before the operation, so that
// only new ones are reported.
func (m *monitor) markStart(ctx context.Context) error {
	m.start = time.Now()
	m.lastNews = m.start
	out, err := m.cfn.DescribeStackEvents(ctx, &cloudformation.DescribeStackEventsInput{StackName: aws.String(m.id)})
	if err != nil {
		if isStackMissing(err) {
			return nil
		}
		return fmt.Errorf("stack %s: DescribeStackEvents: %s", m.stack, shortErr(err))
	}
	for i, e := range out.StackEvents {
		if i == 0 {
			m.firstID = aws.ToString(e.EventId)
		}
		m.seen[aws.ToString(e.EventId)] = true
	}
	return nil
}

// poll reports new events, oldest first.
func (m *monitor) poll(ctx context.Context) error {
	var fresh []cfntypes.StackEvent
	var token *string
	for page := 0; page < 10; page++ {
		out, err := m.cfn.DescribeStackEvents(ctx, &cloudformation.DescribeStackEventsInput{StackName: aws.String(m.id), NextToken: token})
		if err != nil {
			if isStackMissing(err) {
				return nil
			}
			return err
		}
		stop := false
		for _, e := range out.StackEvents {
			if m.seen[aws.ToString(e.EventId)] {
				stop = true
				break
			}
			fresh = append(fresh, e)
		}
		if stop || out.NextToken == nil {
			break
		}
		token = out.NextToken
	}
	quiet := -1 // fresh[quiet:] were shown before an interrupt
	if m.quietThrough != "" {
		for i, e := range fresh {
			if aws.ToString(e.EventId) == m.quietThrough {
				quiet = i
				break
			}
		}
		m.quietThrough = ""
	}
	for i := len(fresh) - 1; i >= 0; i-- {
		e := fresh[i]
		m.seen[aws.ToString(e.EventId)] = true
		m.lastID = aws.ToString(e.EventId)
		id := aws.ToString(e.LogicalResourceId)
		status := string(e.ResourceStatus)
		ev := Event{
			Stack: m.display, Kind: EventResource, Time: aws.ToTime(e.Timestamp), Elapsed: time.Since(m.start),
			LogicalID: id, ResourceType: aws.ToString(e.ResourceType), Status: status,
			Reason: aws.ToString(e.ResourceStatusReason), ConstructPath: m.paths[id],
		}
		if strings.HasSuffix(status, "_COMPLETE") && aws.ToString(e.ResourceType) != "AWS::CloudFormation::Stack" {
			m.done[id] = true
		}
		if strings.HasSuffix(status, "_IN_PROGRESS") {
			m.inFlight[id] = ev.ResourceType
		} else {
			delete(m.inFlight, id)
		}
		m.lastNews = time.Now()
		if strings.HasSuffix(status, "_FAILED") && ev.Reason != "" && !strings.Contains(ev.Reason, "Resource creation cancelled") {
			m.failures = append(m.failures, ResourceFailure{LogicalID: id, Type: ev.ResourceType, Status: status, Reason: ev.Reason, ConstructPath: ev.ConstructPath})
		}
		ev.Done, ev.Total = len(m.done), m.total
		if quiet >= 0 && i >= quiet {
			continue
		}
		m.progress.Event(ev)
	}
	return nil
}

// wait polls until the stack reaches a terminal state.
func (m *monitor) wait(ctx context.Context) (*cfntypes.Stack, error) {
	delay := m.interval
	if delay == 0 {
		delay = 250 * time.Millisecond
	}
	for {
		// The last poll must not be cut short by the user's interrupt.
		st, err := describeStack(context.WithoutCancel(ctx), m.cfn, m.id)
		if err != nil {
			return nil, fmt.Errorf("stack %s: %s", m.stack, shortErr(err))
		}
		if perr := m.poll(context.WithoutCancel(ctx)); perr != nil {
			return nil, fmt.Errorf("stack %s: DescribeStackEvents: %s", m.stack, shortErr(perr))
		}
		if st == nil {
			return &cfntypes.Stack{StackName: aws.String(m.stack), StackStatus: cfntypes.StackStatusDeleteComplete}, nil
		}
		if !strings.HasSuffix(string(st.StackStatus), "_IN_PROGRESS") {
			return st, nil
		}
		m.stillWaiting(st)
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.Canceled) {
				return nil, &InterruptedError{Stack: m.stack, Status: string(st.StackStatus)}
			}
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		if m.interval == 0 && delay < 5*time.Second {
			delay = delay * 3 / 2
		}
	}
}

// stillWaiting says, when nothing was reported for a while, which
// resources CloudFormation is still working on, so that a slow or stuck
// stack never goes silent for long.
func (m *monitor) stillWaiting(st *cfntypes.Stack) {
	every := m.stillEvery
	if every == 0 {
		every = 30 * time.Second
	}
	if m.lastNews.IsZero() {
		m.lastNews = time.Now()
	}
	if time.Since(m.lastNews) < every {
		return
	}
	m.lastNews = time.Now()
	var who []string
	for id, typ := range m.inFlight {
		if typ == "AWS::CloudFormation::Stack" {
			continue
		}
		name := id
		if p := m.paths[id]; p != "" {
			name = p + " (" + id + ")"
		}
		who = append(who, name)
	}
	sort.Strings(who)
	msg := fmt.Sprintf("still waiting on %s (%s, %s so far)", strings.Join(who, ", "), st.StackStatus, time.Since(m.start).Round(time.Second))
	if len(who) == 0 {
		msg = fmt.Sprintf("still waiting for CloudFormation (%s, %s so far)", st.StackStatus, time.Since(m.start).Round(time.Second))
	}
	m.progress.Event(Event{Stack: m.display, Kind: EventInfo, Time: time.Now(), Elapsed: time.Since(m.start), Message: msg})
}

func (m *monitor) failure(st *cfntypes.Stack) error {
	fails := append([]ResourceFailure(nil), m.failures...)
	return &StackError{Stack: m.stack, Status: string(st.StackStatus), Reason: aws.ToString(st.StackStatusReason), Failures: fails}
}
