package awscdk

import (
	"crypto/md5"
	"encoding/hex"
	"errors"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/constructs"
)

// alphanumeric keeps only s's ASCII letters and digits, as replacing
// /[^A-Za-z0-9]/g with "" does (a multi-byte character goes whole either
// way). A loop, not a regexp: it runs for every logical ID.
func alphanumeric(s string) string {
	keep := 0
	for i := 0; i < len(s); i++ {
		if isAlnumByte(s[i]) {
			keep++
		}
	}
	if keep == len(s) {
		return s
	}
	b := make([]byte, 0, keep)
	for i := 0; i < len(s); i++ {
		if isAlnumByte(s[i]) {
			b = append(b, s[i])
		}
	}
	return string(b)
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func pathHash(comps []string) string {
	sum := md5.Sum([]byte(strings.Join(comps, "/")))
	return strings.ToUpper(hex.EncodeToString(sum[:])[:8])
}

func removeDupes(path []string) []string {
	var out []string
	for _, c := range path {
		if len(out) == 0 || !strings.HasSuffix(out[len(out)-1], c) {
			out = append(out, c)
		}
	}
	return out
}

// makeUniqueID computes a logical id from path components: the human part
// (components without "Default" and "Resource", duplicates and
// non-alphanumerics removed) and an 8-hex MD5 of the path.
func makeUniqueID(components []string) (string, error) {
	var comps []string
	for _, c := range components {
		if c != "Default" {
			comps = append(comps, c)
		}
	}
	if len(comps) == 0 {
		return "", errors.New("unable to calculate a unique id for an empty set of components")
	}
	for _, c := range comps {
		if isUnresolved(c) {
			return "", errors.New("ID components may not include unresolved tokens: " + c)
		}
	}
	if len(comps) == 1 {
		cand := alphanumeric(comps[0])
		if len(cand) <= 255 {
			return cand, nil
		}
	}
	var human strings.Builder
	for _, c := range removeDupes(comps) {
		if c == "Resource" {
			continue
		}
		human.WriteString(alphanumeric(c))
	}
	h := human.String()
	if len(h) > 240 {
		h = h[:240]
	}
	return h + pathHash(comps), nil
}

// makeUniqueResourceName builds a physical name from path components.
func makeUniqueResourceName(components []string, maxLength int, prefix, separator string, allowed *string) string {
	var comps []string
	for _, c := range components {
		if c != "Default" {
			comps = append(comps, c)
		}
	}
	clean := func(s string) string {
		pat := `[^A-Za-z0-9]`
		if allowed != nil {
			pat = `[^A-Za-z0-9` + *allowed + `]`
		}
		return regexp.MustCompile(pat).ReplaceAllString(s, "")
	}
	if len(comps) == 1 {
		top := prefix + clean(comps[0])
		if len(top) <= maxLength {
			return top
		}
	}
	hash := pathHash(comps)
	var parts []string
	for _, c := range removeDupes(comps) {
		if c == "Resource" {
			continue
		}
		if x := clean(c); x != "" {
			parts = append(parts, x)
		}
	}
	human := prefix + strings.Join(parts, separator) + separator
	maxHuman := maxLength - 8
	if len(human) > maxHuman {
		half := maxHuman / 2
		human = human[:half] + human[len(human)-half:]
	}
	return human + hash
}

// UniqueResourceNameOptions are options for Names_UniqueResourceName.
type UniqueResourceNameOptions struct {
	AllowedSpecialCharacters *string  `field:"optional" json:"allowedSpecialCharacters" yaml:"allowedSpecialCharacters"`
	MaxLength                *float64 `field:"optional" json:"maxLength" yaml:"maxLength"`
	Separator                *string  `field:"optional" json:"separator" yaml:"separator"`
}

// Names_UniqueId returns a unique id for construct, from its path.
func Names_UniqueId(construct constructs.IConstruct) *string {
	return Names_NodeUniqueId(construct.Node())
}

// Names_NodeUniqueId returns a unique id for node, from its path.
func Names_NodeUniqueId(node constructs.Node) *string {
	scopes := *node.Scopes()
	var comps []string
	for _, c := range scopes[1:] {
		comps = append(comps, *c.Node().Id())
	}
	if len(comps) == 0 {
		return str("")
	}
	id, err := makeUniqueID(comps)
	if err != nil {
		panicf(*node.Path(), "%v", err)
	}
	return str(id)
}

// Names_UniqueResourceName returns a physical name for construct, unique in its stack.
func Names_UniqueResourceName(construct constructs.IConstruct, options *UniqueResourceNameOptions) *string {
	scopes := *construct.Node().Scopes()
	last := 0
	for i, c := range scopes {
		if st, ok := c.(Stack); ok && !isUnresolved(st.stackImpl().stackName) {
			last = i
		}
	}
	var comps []string
	for _, c := range scopes[last:] {
		if st, ok := c.(Stack); ok && !isUnresolved(st.stackImpl().stackName) {
			comps = append(comps, st.stackImpl().stackName)
		} else {
			comps = append(comps, *c.Node().Id())
		}
	}
	max, sep := 256, ""
	var allowed *string
	if options != nil {
		if options.MaxLength != nil {
			max = int(*options.MaxLength)
		}
		sep = deref(options.Separator)
		allowed = options.AllowedSpecialCharacters
	}
	return str(makeUniqueResourceName(comps, max, "", sep, allowed))
}

// Names_StackRelativeConstructPath returns construct's path below its stack.
func Names_StackRelativeConstructPath(construct constructs.IConstruct) *string {
	scopes := *construct.Node().Scopes()
	last := -1
	for i, c := range scopes {
		if _, ok := c.(Stack); ok {
			last = i
		}
	}
	var ids []string
	for _, c := range scopes[last+1:] {
		ids = append(ids, *c.Node().Id())
	}
	return str(strings.Join(ids, "/"))
}
