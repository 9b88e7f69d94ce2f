package toolkit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/strata-cdk/strata/internal/deploy"
)

// fileManifest writes n file assets (asset-00 … asset-NN, a line of text
// each) and their asset manifest into dir.
func fileManifest(t *testing.T, dir string, n int) *AssetManifest {
	t.Helper()
	files := map[string]interface{}{}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("asset-%02d", i)
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte("content of "+id+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		files[id] = map[string]interface{}{
			"displayName": "Asset " + id,
			"source":      map[string]interface{}{"path": id + ".txt", "packaging": "file"},
			"destinations": map[string]interface{}{"current_account-current_region": map[string]interface{}{
				"bucketName": "assets-${AWS::AccountId}-${AWS::Region}", "objectKey": id + ".txt",
			}},
		}
	}
	b, _ := json.Marshal(map[string]interface{}{"version": "55.0.0", "files": files})
	path := filepath.Join(dir, "S.assets.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	am := &AssetManifest{Path: path}
	if err := json.Unmarshal(b, am); err != nil {
		t.Fatal(err)
	}
	return am
}

type recordedEvents struct {
	mu     sync.Mutex
	events []deploy.Event
}

func (r *recordedEvents) Event(e deploy.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, e)
}

// The pool runs 8 uploads at once by default (the CDK CLI's number), one
// at a time with AssetConcurrency 1, and the results keep the manifest's
// order whatever order the uploads end in.
func TestPublishPoolBounds(t *testing.T) {
	am := fileManifest(t, t.TempDir(), 20)
	target := deploy.Target{Account: "123456789012", Region: "us-east-1"}
	for _, c := range []struct {
		concurrency, want int
	}{{0, 8}, {1, 1}, {3, 3}} {
		t.Run(fmt.Sprint(c.concurrency), func(t *testing.T) {
			var mu sync.Mutex
			inFlight, most := 0, 0
			events := &recordedEvents{}
			tk := &Toolkit{Progress: events, publishFile: func(ctx context.Context, a deploy.FileAsset) (deploy.PublishResult, error) {
				mu.Lock()
				inFlight++
				if inFlight > most {
					most = inFlight
				}
				mu.Unlock()
				// Later assets finish first, so that completion order
				// differs from manifest order.
				n := 0
				fmt.Sscanf(a.ID, "asset-%d", &n)
				time.Sleep(time.Duration(40-n) * time.Millisecond)
				mu.Lock()
				inFlight--
				mu.Unlock()
				return deploy.PublishResult{ID: a.ID, DisplayName: a.DisplayName, Destination: "s3://" + a.Bucket + "/" + a.Key}, nil
			}}
			out, err := tk.publish(context.Background(), &Stack{DisplayName: "S"}, am, target, DeployOptions{AssetConcurrency: c.concurrency})
			if err != nil {
				t.Fatal(err)
			}
			if most != c.want {
				t.Errorf("at most %d uploads at once, want %d", most, c.want)
			}
			if len(out) != 20 || len(events.events) != 20 {
				t.Fatalf("%d results, %d events, want 20", len(out), len(events.events))
			}
			for i, r := range out {
				if want := fmt.Sprintf("asset-%02d", i); r.ID != want || r.Destination != "s3://assets-123456789012-us-east-1/"+want+".txt" {
					t.Errorf("result %d: %+v, want %s", i, r, want)
				}
			}
		})
	}
}

// Stacks deploying together share the pool of their Deploy.
func TestPublishPoolSharedAcrossStacks(t *testing.T) {
	dir := t.TempDir()
	a, b := fileManifest(t, mkdir(t, dir, "a"), 10), fileManifest(t, mkdir(t, dir, "b"), 10)
	var mu sync.Mutex
	inFlight, most := 0, 0
	tk := &Toolkit{publishFile: func(ctx context.Context, fa deploy.FileAsset) (deploy.PublishResult, error) {
		mu.Lock()
		inFlight++
		if inFlight > most {
			most = inFlight
		}
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
		return deploy.PublishResult{ID: fa.ID}, nil
	}}
	o := DeployOptions{AssetConcurrency: 3}
	o.assetSlots, o.buildSlots = make(chan struct{}, assetLimit(o)), make(chan struct{}, buildLimit(o))
	var wg sync.WaitGroup
	for _, am := range []*AssetManifest{a, b} {
		wg.Add(1)
		go func(am *AssetManifest) {
			defer wg.Done()
			if out, err := tk.publish(context.Background(), &Stack{DisplayName: "S"}, am, deploy.Target{Region: "us-east-1"}, o); err != nil || len(out) != 10 {
				t.Errorf("%d results, %v", len(out), err)
			}
		}(am)
	}
	wg.Wait()
	if most != 3 {
		t.Errorf("at most %d uploads at once across two stacks, want 3", most)
	}
}

func mkdir(t *testing.T, parent, name string) string {
	p := filepath.Join(parent, name)
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// After a failure no further asset starts; the error returned is the
// first failure in manifest order, and the results hold what was published.
func TestPublishStopsAfterFailure(t *testing.T) {
	am := fileManifest(t, t.TempDir(), 20)
	var mu sync.Mutex
	started := map[string]bool{}
	tk := &Toolkit{publishFile: func(ctx context.Context, a deploy.FileAsset) (deploy.PublishResult, error) {
		mu.Lock()
		started[a.ID] = true
		mu.Unlock()
		switch a.ID {
		case "asset-02":
			time.Sleep(30 * time.Millisecond)
			return deploy.PublishResult{}, errors.New("asset Asset asset-02: uploading: AccessDenied")
		case "asset-03":
			time.Sleep(10 * time.Millisecond)
			return deploy.PublishResult{}, errors.New("asset Asset asset-03: uploading: AccessDenied")
		}
		time.Sleep(50 * time.Millisecond)
		return deploy.PublishResult{ID: a.ID}, nil
	}}
	out, err := tk.publish(context.Background(), &Stack{DisplayName: "S"}, am, deploy.Target{Region: "us-east-1"}, DeployOptions{AssetConcurrency: 4})
	if err == nil || !strings.Contains(err.Error(), "asset-02") {
		t.Fatalf("error %v, want asset-02's", err)
	}
	if len(started) > 5 {
		t.Errorf("%d assets started after the failure, want at most 5 (4 at once, one slot freed by the first failure)", len(started))
	}
	for _, r := range out {
		if r.ID == "asset-02" || r.ID == "asset-03" {
			t.Errorf("failed asset among the results: %+v", r)
		}
	}
	if len(out) != 2 || out[0].ID != "asset-00" || out[1].ID != "asset-01" {
		t.Errorf("results %+v, want asset-00 and asset-01", out)
	}
}

func startMoto(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		t.Skip("moto_server not installed")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_, _ = cmd.Process.Wait()
	})
	u := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(30 * time.Second); ; {
		if resp, err := http.Get(u + "/moto-api/"); err == nil {
			resp.Body.Close()
			return u
		}
		if time.Now().After(deadline) {
			t.Fatal("moto_server did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Against moto's S3: 12 file assets publish in parallel, each lands with
// its content, one progress line each; a second publish finds them all
// there and uploads nothing.
func TestPublishParallelToMoto(t *testing.T) {
	u := startMoto(t)
	t.Setenv("AWS_ACCESS_KEY_ID", "testing")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "testing")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
	t.Setenv("AWS_ENDPOINT_URL", "")
	ctx := context.Background()
	sess, err := deploy.NewSession(ctx, deploy.Options{EndpointURL: u, Region: "us-east-1"})
	if err != nil {
		t.Fatal(err)
	}
	client := sess.S3(sess.Config(ctx, "us-east-1", "", ""))
	bucket := "assets-123456789012-us-east-1"
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(bucket)}); err != nil {
		t.Fatal(err)
	}
	am := fileManifest(t, t.TempDir(), 12)
	events := &recordedEvents{}
	tk := &Toolkit{Session: sess, Progress: events}
	target := deploy.Target{Account: "123456789012", Region: "us-east-1"}
	out, err := tk.publish(ctx, &Stack{DisplayName: "S"}, am, target, DeployOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 12 || len(events.events) != 12 {
		t.Fatalf("%d results and %d events, want 12", len(out), len(events.events))
	}
	for i, r := range out {
		id := fmt.Sprintf("asset-%02d", i)
		if r.ID != id || r.Skipped {
			t.Errorf("result %d: %+v", i, r)
		}
		obj, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(id + ".txt")})
		if err != nil {
			t.Fatalf("%s not uploaded: %v", id, err)
		}
		b, _ := io.ReadAll(obj.Body)
		obj.Body.Close()
		if string(b) != "content of "+id+"\n" {
			t.Errorf("%s holds %q", id, b)
		}
	}
	for _, e := range events.events {
		if e.Kind != deploy.EventAsset || e.Status != "published" || !strings.HasPrefix(e.Message, "Asset asset-") {
			t.Errorf("event %+v", e)
		}
	}
	again, err := tk.publish(ctx, &Stack{DisplayName: "S"}, am, target, DeployOptions{AssetConcurrency: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range again {
		if !r.Skipped {
			t.Errorf("%s published again", r.ID)
		}
	}
}
