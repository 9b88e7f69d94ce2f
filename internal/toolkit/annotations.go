package toolkit

import (
	"errors"
	"regexp"
	"sort"
	"strings"
)

// Message is one annotation the app attached to a construct.
type Message struct {
	Level string `json:"level"` // "error", "warning" or "info"
	Path  string `json:"constructPath"`
	Text  string `json:"message"`
}

// ackTag is the "[ack: id]" suffix Annotations.addWarningV2 appends.
var ackTag = regexp.MustCompile(`\s*\[ack:\s*([^\]]+)\]\s*`)

// FormatAnnotations renders the stacks' annotations as the CDK CLI prints
// them after synthesis: errors, then warnings, then info; one block each
// with the construct path and how to acknowledge it. It returns "" when
// there are none.
func FormatAnnotations(stacks []*Stack) string {
	type block struct {
		rank int
		text string
	}
	var blocks []block
	for _, s := range stacks {
		for _, m := range s.Messages {
			desc, rule := m.Text, ""
			if sub := ackTag.FindStringSubmatch(desc); sub != nil {
				rule = strings.TrimSpace(sub[1])
				desc = strings.TrimSpace(ackTag.ReplaceAllString(desc, " "))
			}
			if rule == "" {
				rule = m.Level + "-annotation"
			}
			rule = "Annotation::" + strings.ReplaceAll(rule, " ", "-")
			var b strings.Builder
			b.WriteString(strings.ToUpper(m.Level) + " " + desc + " (Construct Annotations)\n")
			b.WriteString("   " + m.Path + "\n")
			if m.Level == "error" {
				b.WriteString("   Rule " + rule)
			} else {
				b.WriteString("   Acknowledge with '" + rule + "'")
			}
			rank := map[string]int{"error": 1, "warning": 2, "info": 3}[m.Level]
			blocks = append(blocks, block{rank, b.String()})
		}
	}
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].rank < blocks[j].rank })
	texts := make([]string, len(blocks))
	for i, b := range blocks {
		texts[i] = b.text
	}
	return strings.Join(texts, "\n\n")
}

// ErrAnnotationErrors and ErrStrictWarnings end a command whose stacks
// carry error annotations, or warnings under --strict, with the CDK CLI's
// words.
var (
	ErrAnnotationErrors = errors.New("Synthesis finished with errors")
	ErrStrictWarnings   = errors.New("Synthesis finished with warnings (--strict mode)")
)

// ValidateAnnotations returns ErrAnnotationErrors when a stack has an
// error annotation, or ErrStrictWarnings for a warning when strict.
func ValidateAnnotations(stacks []*Stack, strict bool) error {
	warnings := false
	for _, s := range stacks {
		for _, m := range s.Messages {
			switch m.Level {
			case "error":
				return ErrAnnotationErrors
			case "warning":
				warnings = true
			}
		}
	}
	if warnings && strict {
		return ErrStrictWarnings
	}
	return nil
}
