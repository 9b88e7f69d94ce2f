package awsiam

import (
	"math/rand"
	"sort"
	"testing"
	"unicode/utf16"
)

// refUTF16Less converts both strings to UTF-16, as JavaScript holds them.
func refUTF16Less(a, b string) bool {
	ua, ub := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return ua[i] < ub[i]
		}
	}
	return len(ua) < len(ub)
}

func randomString(r *rand.Rand) string {
	pieces := []string{"a", "b", "s3:", "*", "\"", "\\", "!", " ", "\x01", "é", "\uffff", "\ue000", "😀", "𝄞", "\xff", ""}
	var s string
	for n := r.Intn(5); n > 0; n-- {
		s += pieces[r.Intn(len(pieces))]
	}
	return s
}

func TestUTF16Less(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		a, b := randomString(r), randomString(r)
		if got, want := utf16Less(a, b), refUTF16Less(a, b); got != want {
			t.Fatalf("utf16Less(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
}

// slowSortByJSON is sortByJSON without its fast path.
func slowSortByJSON(list []interface{}) interface{} {
	byKey := map[string]interface{}{}
	var keys []string
	for _, e := range list {
		k := jsonStringify(e)
		if _, dup := byKey[k]; !dup {
			keys = append(keys, k)
		}
		byKey[k] = e
	}
	sort.Slice(keys, func(i, j int) bool { return utf16Less(keys[i], keys[j]) })
	out := make([]interface{}, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
	}
	if len(out) == 1 {
		return out[0]
	}
	return out
}

func TestSortByJSONPlainStrings(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 5000; i++ {
		var list []interface{}
		for n := 1 + r.Intn(6); n > 0; n-- {
			list = append(list, randomString(r))
		}
		got, want := jsonStringify(sortByJSON(list)), jsonStringify(slowSortByJSON(list))
		if got != want {
			t.Fatalf("sortByJSON(%q) = %s, want %s", list, got, want)
		}
	}
}
