package golden

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/handlers/s3notifications"
)

// S3Handlers puts Strata's own S3 handlers where aws-cdk-lib's template
// has aws-cdk-lib's: the auto-delete provider's code asset (named after its
// hash) and the bucket-notifications function's inline code. These are the
// only places where the templates may differ.
func S3Handlers(t *testing.T, want, got []byte) []byte {
	var doc, ours map[string]interface{}
	if json.Unmarshal(want, &doc) != nil || json.Unmarshal(got, &ours) != nil {
		return want
	}
	res, _ := doc["Resources"].(map[string]interface{})
	const provider = "CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"
	theirKey := lookup(doc, "Resources", provider, "Properties", "Code", "S3Key")
	ourKey := lookup(ours, "Resources", provider, "Properties", "Code", "S3Key")
	if theirKey != "" && ourKey != "" {
		want = []byte(strings.ReplaceAll(string(want), theirKey, ourKey))
	}
	for id, r := range res {
		if !strings.HasPrefix(id, "BucketNotificationsHandler050a0587b7544547bf325f094a3db834") {
			continue
		}
		code, _ := r.(map[string]interface{})["Properties"].(map[string]interface{})["Code"].(map[string]interface{})
		theirs, _ := code["ZipFile"].(string)
		if theirs == "" {
			continue
		}
		want = []byte(strings.Replace(string(want), jsonString(theirs), jsonString(s3notifications.Inline()), 1))
	}
	return want
}

// jsonString encodes s as JavaScript's JSON.stringify does (no HTML escapes).
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func lookup(doc map[string]interface{}, path ...string) string {
	var cur interface{} = doc
	for _, p := range path {
		m, ok := cur.(map[string]interface{})
		if !ok {
			return ""
		}
		cur = m[p]
	}
	s, _ := cur.(string)
	return s
}
