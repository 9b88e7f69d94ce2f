package awscognito

import (
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// UserPoolEmailConfig is the email configuration a UserPoolEmail renders.
type UserPoolEmailConfig struct {
	ConfigurationSet    *string `field:"optional" json:"configurationSet" yaml:"configurationSet"`
	EmailSendingAccount *string `field:"optional" json:"emailSendingAccount" yaml:"emailSendingAccount"`
	From                *string `field:"optional" json:"from" yaml:"from"`
	ReplyToEmailAddress *string `field:"optional" json:"replyToEmailAddress" yaml:"replyToEmailAddress"`
	SourceArn           *string `field:"optional" json:"sourceArn" yaml:"sourceArn"`
}

// UserPoolSESOptions configure sending through Amazon SES.
type UserPoolSESOptions struct {
	FromEmail            *string `field:"required" json:"fromEmail" yaml:"fromEmail"`
	ConfigurationSetName *string `field:"optional" json:"configurationSetName" yaml:"configurationSetName"`
	FromName             *string `field:"optional" json:"fromName" yaml:"fromName"`
	ReplyTo              *string `field:"optional" json:"replyTo" yaml:"replyTo"`
	// Default: the stack's region.
	SesRegion         *string `field:"optional" json:"sesRegion" yaml:"sesRegion"`
	SesVerifiedDomain *string `field:"optional" json:"sesVerifiedDomain" yaml:"sesVerifiedDomain"`
}

// UserPoolEmail is how a user pool sends email: Cognito's own sender or SES.
type UserPoolEmail interface {
	bind(scope constructs.IConstruct) *UserPoolEmailConfig
}

type cognitoEmail struct{ replyTo *string }

func (c *cognitoEmail) bind(constructs.IConstruct) *UserPoolEmailConfig {
	return &UserPoolEmailConfig{ReplyToEmailAddress: encodeEmail(c.replyTo), EmailSendingAccount: jsii.String("COGNITO_DEFAULT")}
}

type sesEmail struct{ o *UserPoolSESOptions }

func (s *sesEmail) bind(scope constructs.IConstruct) *UserPoolEmailConfig {
	stack := awscdk.Stack_Of(scope)
	region := stack.Region()
	if *awscdk.Token_IsUnresolved(*region) && s.o.SesRegion == nil {
		l2.Throw(scope, "Your stack region cannot be determined so \"sesRegion\" is required in SESOptions")
	}
	from := deref(encodeEmail(s.o.FromEmail))
	if s.o.FromName != nil {
		from = fmt.Sprintf("%s <%s>", formatFromName(*s.o.FromName), from)
	}
	if s.o.SesVerifiedDomain != nil {
		parts := strings.Split(deref(s.o.FromEmail), "@")
		if parts[len(parts)-1] != *s.o.SesVerifiedDomain {
			l2.Throw(scope, "\"fromEmail\" contains a different domain than the \"sesVerifiedDomain\"")
		}
	}
	identity := s.o.SesVerifiedDomain
	if identity == nil {
		identity = s.o.FromEmail
	}
	sesRegion := s.o.SesRegion
	if sesRegion == nil {
		sesRegion = region
	}
	return &UserPoolEmailConfig{
		From:                &from,
		ReplyToEmailAddress: encodeEmail(s.o.ReplyTo),
		ConfigurationSet:    s.o.ConfigurationSetName,
		EmailSendingAccount: jsii.String("DEVELOPER"),
		SourceArn: stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("ses"), Resource: jsii.String("identity"),
			ResourceName: encodeEmail(identity), Region: sesRegion}),
	}
}

// UserPoolEmail_WithCognito sends email with Cognito's own sender.
func UserPoolEmail_WithCognito(replyTo *string) UserPoolEmail { return &cognitoEmail{replyTo: replyTo} }

// UserPoolEmail_WithSES sends email through Amazon SES.
func UserPoolEmail_WithSES(options *UserPoolSESOptions) UserPoolEmail {
	if options == nil || options.FromEmail == nil {
		diag.Panic("", "UserPoolEmail.withSES: fromEmail is required")
	}
	return &sesEmail{o: options}
}

var (
	simplePhrase = regexp.MustCompile(`^[\w !#$%&'*+-/=?^_` + "`" + `{|}~]+$`)
	quotedString = regexp.MustCompile(`^"(?:[^\\"]|\\.)*"$`)
	printable    = regexp.MustCompile(`^[\x20-\x7E]+$`)
)

func formatFromName(name string) string {
	if !printable.MatchString(name) {
		return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(name)) + "?="
	}
	if simplePhrase.MatchString(name) || quotedString.MatchString(name) {
		return name
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(name) + `"`
}

// encodeEmail writes an address's domain in punycode, as aws-cdk-lib does;
// the local part must be ASCII.
func encodeEmail(p *string) *string {
	if p == nil || *p == "" {
		return p
	}
	local := strings.Split(*p, "@")[0]
	ascii := false
	for _, r := range local {
		if r < 0x80 {
			ascii = true
			break
		}
	}
	if !ascii {
		diag.Panic("", "the local part of the email address must use ASCII characters only")
	}
	s := toASCII(*p)
	return &s
}

// toASCII converts each non-ASCII dot-separated label to "xn--" punycode (RFC 3492).
func toASCII(s string) string {
	labels := strings.Split(s, ".")
	for i, l := range labels {
		at := strings.LastIndex(l, "@")
		prefix, label := "", l
		if at >= 0 {
			prefix, label = l[:at+1], l[at+1:]
		}
		if label != "" && !isASCII(label) {
			labels[i] = prefix + "xn--" + punycode(strings.ToLower(label))
		}
	}
	return strings.Join(labels, ".")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func punycode(input string) string {
	const base, tMin, tMax, skew, damp, initialBias, initialN = 36, 1, 26, 38, 700, 72, 128
	runes := []rune(input)
	var out []byte
	for _, r := range runes {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	b := len(out)
	h := b
	if b > 0 {
		out = append(out, '-')
	}
	digit := func(d int) byte {
		if d < 26 {
			return byte('a' + d)
		}
		return byte('0' + d - 26)
	}
	adapt := func(delta, numPoints int, first bool) int {
		if first {
			delta /= damp
		} else {
			delta /= 2
		}
		delta += delta / numPoints
		k := 0
		for delta > ((base-tMin)*tMax)/2 {
			delta /= base - tMin
			k += base
		}
		return k + (base-tMin+1)*delta/(delta+skew)
	}
	n, delta, bias := initialN, 0, initialBias
	for h < len(runes) {
		m := int(utf8.MaxRune)
		for _, r := range runes {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range runes {
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				q := delta
				for k := base; ; k += base {
					t := k - bias
					if t < tMin {
						t = tMin
					} else if t > tMax {
						t = tMax
					}
					if q < t {
						break
					}
					out = append(out, digit(t+(q-t)%(base-t)))
					q = (q - t) / (base - t)
				}
				out = append(out, digit(q))
				bias = adapt(delta, h+1, h == b)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return string(out)
}
