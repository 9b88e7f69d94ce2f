package awscdk

import (
	"regexp"
	"testing"
)

// TestAlphanumericMatchesRegexp checks the loop against the regular
// expression it replaced, multi-byte and invalid UTF-8 included.
func TestAlphanumericMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`[^A-Za-z0-9]`)
	for _, s := range []string{"", "Queue1", "My-Stack_2", "a/b c.d", "héllo wörld", "日本Bucket", "x\xffy\xc3", "Default", "${Token[TOKEN.12]}"} {
		if got, want := alphanumeric(s), re.ReplaceAllString(s, ""); got != want {
			t.Errorf("alphanumeric(%q) = %q, want %q", s, got, want)
		}
	}
}
