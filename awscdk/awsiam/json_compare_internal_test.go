package awsiam

import (
	"bytes"
	"math"
	"math/rand"
	"regexp"
	"testing"

	"github.com/strata-cdk/strata/internal/ojson"
)

// The fast paths of json_compare.go and validAction are checked against
// the slow definitions they stand for, on random values.

func TestValidActionIsThePattern(t *testing.T) {
	re := regexp.MustCompile(`^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$`)
	pieces := []string{"s3", ":", "*", "-", "Get", "a", "Z", "9", " ", "é", "::", "\n", "_", ""}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 50000; i++ {
		var s string
		for n := r.Intn(6); n > 0; n-- {
			s += pieces[r.Intn(len(pieces))]
		}
		if got, want := validAction(s), re.MatchString(s); got != want {
			t.Fatalf("validAction(%q) = %v, want %v", s, got, want)
		}
	}
}

type toJSONer struct{ v interface{} }

func (t toJSONer) ToJSON() interface{} { return t.v }

func randomJSONValue(r *rand.Rand, depth int) interface{} {
	n := 10
	if depth > 2 {
		n = 6
	}
	switch r.Intn(n) {
	case 0:
		return randomString(r)
	case 1:
		s := randomString(r)
		return &s
	case 2:
		return []float64{0, 1, -1, math.Copysign(0, -1), 1.5, 1e21}[r.Intn(6)] // FormatNumber refuses NaN and the infinities
	case 3:
		return r.Intn(2) == 0
	case 4:
		return nil
	case 5:
		return toJSONer{randomString(r)}
	case 6:
		var l []interface{}
		if r.Intn(2) == 0 {
			l = []interface{}{} // empty, not nil: [] even inside a list
		}
		for k := r.Intn(3); k > 0; k-- {
			l = append(l, randomJSONValue(r, depth+1))
		}
		return l
	case 7:
		if r.Intn(4) == 0 {
			return map[string]interface{}(nil)
		}
		m := map[string]interface{}{}
		for k := r.Intn(3); k > 0; k-- {
			m[[]string{"b", "a", "aws:SourceArn"}[r.Intn(3)]] = randomJSONValue(r, depth+1)
		}
		return m
	}
	o := ojson.New()
	for k := r.Intn(3); k > 0; k-- {
		o.Set([]string{"a", "b", "Fn::GetAtt", "1", "0"}[r.Intn(5)], randomJSONValue(r, depth+1))
	}
	return o
}

func TestSameJSONIsEqualJSON(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	seen := map[bool]int{}
	for i := 0; i < 100000; i++ {
		a, b := randomJSONValue(r, 0), randomJSONValue(r, 0)
		if r.Intn(3) == 0 {
			b = a
		}
		want := jsonStringify(a) == jsonStringify(b)
		if got := sameJSON(a, b); got != want {
			t.Fatalf("sameJSON(%s, %s) = %v, want %v", jsonStringify(a), jsonStringify(b), got, want)
		}
		seen[want]++
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Fatalf("random values never (or always) equal: %v", seen)
	}
}

func TestUniqueJSON(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 3000; i++ {
		var pool, list []interface{}
		for k := 1 + r.Intn(4); k > 0; k-- {
			pool = append(pool, randomJSONValue(r, 1))
		}
		for k := r.Intn(maxPairwiseDedupe + 8); k > 0; k-- {
			list = append(list, pool[r.Intn(len(pool))])
		}
		var want []interface{}
		seen := map[string]bool{}
		for _, s := range list {
			if j := jsonStringify(s); !seen[j] {
				seen[j] = true
				want = append(want, s)
			}
		}
		if got := uniqueJSON(list); jsonStringify(got) != jsonStringify(want) || len(got) != len(want) {
			t.Fatalf("uniqueJSON(%s) = %s, want %s", jsonStringify(list), jsonStringify(got), jsonStringify(want))
		}
	}
}

func TestSortByJSONAnyValues(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for i := 0; i < 5000; i++ {
		var list []interface{}
		for n := 1 + r.Intn(6); n > 0; n-- {
			if r.Intn(2) == 0 {
				list = append(list, randomString(r))
			} else {
				list = append(list, randomJSONValue(r, 1))
			}
		}
		got, want := jsonStringify(sortByJSON(list)), jsonStringify(slowSortByJSON(list))
		if got != want {
			t.Fatalf("sortByJSON(%s) = %s, want %s", jsonStringify(list), got, want)
		}
	}
}

// TestWriteJSFastPaths checks writeJS's cases for []interface{} and
// map[string]interface{} against its reflection path.
func TestWriteJSFastPaths(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	n := 0
	for i := 0; i < 20000; i++ {
		v := randomJSONValue(r, 0)
		switch v.(type) {
		case []interface{}, map[string]interface{}:
		default:
			continue
		}
		n++
		var fast, slow bytes.Buffer
		writeJS(&fast, v)
		writeJSReflect(&slow, v)
		if fast.String() != slow.String() {
			t.Fatalf("writeJS = %s, reflection path = %s", fast.String(), slow.String())
		}
	}
	if n == 0 {
		t.Fatal("no lists or maps generated")
	}
}
