package e2e

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// recorder passes every request on to moto and keeps the CloudFormation
// CreateChangeSet calls it saw.
type recorder struct {
	*httptest.Server
	mu   sync.Mutex
	sets []url.Values
}

func newRecorder(t *testing.T, motoURL string) *recorder {
	u, _ := url.Parse(motoURL)
	rp := httputil.NewSingleHostReverseProxy(u)
	rec := &recorder{}
	rec.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
			body, _ := io.ReadAll(r.Body)
			if form, err := url.ParseQuery(string(body)); err == nil && form.Get("Action") == "CreateChangeSet" {
				rec.mu.Lock()
				rec.sets = append(rec.sets, form)
				rec.mu.Unlock()
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(rec.Close)
	return rec
}

// TestImportOnMoto: strata import adopts the resources the app adds, by the
// identifiers of a resource mapping, with an IMPORT change set holding the
// deployed template plus those resources only. moto accepts such change
// sets but does not import (it makes a stack of its own), so what strata
// asks CloudFormation for is checked at the wire.
func TestImportOnMoto(t *testing.T) {
	motoURL := startMoto(t)
	rec := newRecorder(t, motoURL)
	home := t.TempDir()
	for k, v := range map[string]string{
		"AWS_ENDPOINT_URL": rec.URL, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "",
		"AWS_REGION": "us-east-1", "AWS_PROFILE": "", "AWS_CONFIG_FILE": filepath.Join(home, "config"),
		"AWS_SHARED_CREDENTIALS_FILE": filepath.Join(home, "credentials"), "HOME": home, "NO_COLOR": "1", "CI": "",
	} {
		t.Setenv(k, v)
	}
	fixtures, err := filepath.Abs(filepath.Join("..", "toolkit", "testdata", "assemblies"))
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	v1, v2 := filepath.Join(fixtures, "v1"), filepath.Join(fixtures, "v2")
	if r := strata(t, "bootstrap", "--dir", work); r.code != 0 {
		t.Fatal("bootstrap failed")
	}
	if r := strata(t, "deploy", "--dir", work, "--app", v1, "--require-approval", "never"); r.code != 0 {
		t.Fatal("deploy v1 failed")
	}
	const queueURL = "https://sqs.us-east-1.amazonaws.com/123456789012/audit"
	mapping := `{"Audit3D8ADE0A":{"QueueUrl":"` + queueURL + `"},"Nope":{"X":"y"}}`

	// Without a terminal, a mapping is required.
	r := strata(t, "import", "--dir", work, "--app", v2)
	if r.code != 1 || !strings.Contains(r.stderr, "--resource-mapping or --resource-mapping-inline is required when input is not a terminal") {
		t.Errorf("import without a mapping or terminal: exit %d", r.code)
	}
	// v2 also changes a deployed queue: that needs a confirmation (or --force).
	r = strata(t, "import", "--dir", work, "--app", v2, "--resource-mapping-inline", mapping)
	if r.code != 1 || !strings.Contains(r.stderr, "The following resources have pending updates that will be reconciled with a strata deploy after import:") ||
		!strings.Contains(r.stderr, "VisibilityTimeout") || !strings.Contains(r.stderr, "Import cancelled") {
		t.Errorf("import with other changes, no --force: exit %d", r.code)
	}
	// --record-resource-mapping writes the mapping and stops.
	recorded := filepath.Join(work, "mapping.json")
	r = strata(t, "import", "--dir", work, "--app", v2, "--force", "--resource-mapping-inline", mapping, "--record-resource-mapping", recorded)
	if r.code != 0 || !strings.Contains(r.stderr, "StrataE2EStack/Audit/Resource: importing using QueueUrl="+queueURL) ||
		!strings.Contains(r.stderr, "Unrecognized resource identifiers in mapping file: Nope") || !strings.Contains(r.stderr, "mapping file written.") {
		t.Errorf("record mapping: exit %d", r.code)
	}
	b, err := os.ReadFile(recorded)
	if err != nil || strings.Join(strings.Fields(string(b)), "") != `{"Audit3D8ADE0A":{"QueueUrl":"`+queueURL+`"}}` {
		t.Errorf("recorded mapping %s %v", b, err)
	}
	before := len(rec.sets) // bootstrap's and the deployment's

	// The import itself, from the recorded file.
	r = strata(t, "import", "--dir", work, "--app", v2, "--force", "--resource-mapping", recorded, "--change-set-name", "strata-import")
	if !strings.Contains(r.stderr, "Ignoring updated/deleted resources (--force): StrataE2EStack/Jobs/Resource") ||
		!strings.Contains(r.stderr, "StrataE2EStack: importing resources into stack...") ||
		!strings.Contains(r.stderr, "Import complete. Run strata deploy to update the stack to match your CDK app.") {
		t.Errorf("import: exit %d", r.code)
	}
	if len(rec.sets) != before+1 {
		t.Fatalf("%d change sets, want the import's after the %d before", len(rec.sets), before)
	}
	cs := rec.sets[before]
	for k, want := range map[string]string{
		"ChangeSetType": "IMPORT", "ChangeSetName": "strata-import", "StackName": "StrataE2EStack",
		"ResourcesToImport.member.1.LogicalResourceId":                "Audit3D8ADE0A",
		"ResourcesToImport.member.1.ResourceType":                     "AWS::SQS::Queue",
		"ResourcesToImport.member.1.ResourceIdentifier.entry.1.key":   "QueueUrl",
		"ResourcesToImport.member.1.ResourceIdentifier.entry.1.value": queueURL,
	} {
		if got := cs.Get(k); got != want {
			t.Errorf("CreateChangeSet %s = %q, want %q", k, got, want)
		}
	}
	var tmpl struct {
		Resources map[string]struct {
			DeletionPolicy string
			Properties     map[string]interface{}
		}
	}
	if err := json.Unmarshal([]byte(cs.Get("TemplateBody")), &tmpl); err != nil {
		t.Fatalf("import template: %v", err)
	}
	if _, ok := tmpl.Resources["Audit3D8ADE0A"]; !ok {
		t.Errorf("the import template lacks the imported queue")
	}
	if vt := tmpl.Resources["JobsDF1CC2D4"].Properties["VisibilityTimeout"]; vt != float64(30) {
		t.Errorf("the import template must keep the deployed Jobs queue (VisibilityTimeout 30), has %v", vt)
	}
	if r := strata(t, "import", "--dir", work, "--app", v1, "--resource-mapping-inline", "{}"); r.code != 0 || !strings.Contains(r.stderr, "StrataE2EStack: no new resources compared to the currently deployed stack, skipping import.") {
		t.Errorf("import with nothing new: exit %d", r.code)
	}
}
