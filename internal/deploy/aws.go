package deploy

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/smithy-go/logging"
)

// Options say how to reach AWS. The zero value uses the SDK's default chain
// (environment, shared config and credentials files, SSO, IMDS), which also
// honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> for local
// endpoints such as moto.
type Options struct {
	Profile string
	Region  string // overrides the profile's and environment's region
	// EndpointURL overrides every service's endpoint (tests); empty means
	// the SDK's own resolution, AWS_ENDPOINT_URL included.
	EndpointURL string
	// PollInterval between DescribeStackEvents calls; 0 means adaptive
	// (fast at first, at most 5 s).
	PollInterval time.Duration
	// StillWaitingEvery is how often a long operation with no new stack
	// events reports what it is still waiting on (default 30 s).
	StillWaitingEvery time.Duration
	// MaxAttempts per AWS call, retries of throttling and connection errors
	// included (default 6).
	MaxAttempts int
}

// Session holds the base AWS configuration and caches per-role configs.
type Session struct {
	opts Options
	base aws.Config

	mu       sync.Mutex
	identity *Identity
	assumed  map[string]aws.Config
	warned   map[string]bool
	// Warn receives messages about fallbacks (role not assumable, ...).
	Warn func(string)
	// Journal, when set, records the CloudFormation operations deploys
	// start until they are seen to end (journal.go).
	Journal *Journal
}

// Identity is who the default credentials belong to.
type Identity struct {
	Account   string
	Arn       string
	Partition string
}

// NewSession loads the SDK configuration.
func NewSession(ctx context.Context, opts Options) (*Session, error) {
	var lo []func(*config.LoadOptions) error
	if opts.Profile != "" {
		lo = append(lo, config.WithSharedConfigProfile(opts.Profile))
	}
	if opts.Region != "" {
		lo = append(lo, config.WithRegion(opts.Region))
	}
	if opts.EndpointURL != "" {
		lo = append(lo, config.WithBaseEndpoint(opts.EndpointURL))
	}
	// The SDK's own log lines (IMDS fallbacks, ...) would interleave with
	// strata's output; failures reach the user as errors instead.
	lo = append(lo, config.WithLogger(logging.Nop{}))
	lo = append(lo, config.WithRetryer(func() aws.Retryer {
		// Throttling is common when several stacks deploy at once; the
		// standard retryer backs off exponentially with jitter.
		attempts := opts.MaxAttempts
		if attempts == 0 {
			attempts = 6
		}
		return retry.AddWithMaxAttempts(retry.NewStandard(), attempts)
	}))
	cfg, err := config.LoadDefaultConfig(ctx, lo...)
	if err != nil {
		return nil, fmt.Errorf("loading AWS configuration: %w", err)
	}
	return &Session{opts: opts, base: cfg, assumed: map[string]aws.Config{}, warned: map[string]bool{}}, nil
}

// Region is the region of the default configuration ("" when none is set).
func (s *Session) Region() string { return s.base.Region }

// customEndpoint reports whether requests go to a non-AWS endpoint, where S3
// needs path-style addressing.
func (s *Session) customEndpoint() bool {
	return s.opts.EndpointURL != "" || os.Getenv("AWS_ENDPOINT_URL") != "" || os.Getenv("AWS_ENDPOINT_URL_S3") != "" || s.base.BaseEndpoint != nil
}

// Identity calls STS GetCallerIdentity once (bounded by a short timeout so
// that synth without credentials stays quick).
func (s *Session) Identity(ctx context.Context) (*Identity, error) {
	s.mu.Lock()
	if s.identity != nil {
		defer s.mu.Unlock()
		return s.identity, nil
	}
	s.mu.Unlock()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := s.base.Credentials.Retrieve(cctx); err != nil {
		return nil, fmt.Errorf("no AWS credentials: %w", err)
	}
	cfg := s.base.Copy()
	if cfg.Region == "" {
		cfg.Region = "us-east-1"
	}
	out, err := sts.NewFromConfig(cfg, func(o *sts.Options) { o.RetryMaxAttempts = 2 }).GetCallerIdentity(cctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return nil, fmt.Errorf("finding the AWS account (sts:GetCallerIdentity): %w", err)
	}
	id := &Identity{Account: aws.ToString(out.Account), Arn: aws.ToString(out.Arn), Partition: "aws"}
	if parts := strings.Split(id.Arn, ":"); len(parts) > 2 && parts[0] == "arn" {
		id.Partition = parts[1]
	}
	s.mu.Lock()
	s.identity = id
	s.mu.Unlock()
	return id, nil
}

// Target is a resolved environment plus the role to act as there.
type Target struct {
	Account, Region, Partition string
}

// Substitute replaces the ${AWS::AccountId}, ${AWS::Region} and
// ${AWS::Partition} placeholders that the default synthesizer writes into
// role ARNs, bucket names and asset destinations.
func (t Target) Substitute(s string) string {
	r := strings.NewReplacer("${AWS::AccountId}", t.Account, "${AWS::Region}", t.Region, "${AWS::Partition}", t.partition())
	return r.Replace(s)
}

func (t Target) partition() string {
	if t.Partition != "" {
		return t.Partition
	}
	switch {
	case strings.HasPrefix(t.Region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(t.Region, "us-gov-"):
		return "aws-us-gov"
	}
	return "aws"
}

// Config returns an SDK config for region acting as roleArn (placeholders
// already substituted). When the role cannot be assumed, it falls back to
// the default credentials and warns once, as the CDK CLI does; an empty
// roleArn means the default credentials.
func (s *Session) Config(ctx context.Context, region, roleArn, externalID string) aws.Config {
	cfg := s.base.Copy()
	if region != "" {
		cfg.Region = region
	}
	if roleArn == "" {
		return cfg
	}
	key := region + "|" + roleArn + "|" + externalID
	s.mu.Lock()
	if c, ok := s.assumed[key]; ok {
		s.mu.Unlock()
		return c
	}
	s.mu.Unlock()
	stsClient := sts.NewFromConfig(cfg)
	provider := stscreds.NewAssumeRoleProvider(stsClient, roleArn, func(o *stscreds.AssumeRoleOptions) {
		o.RoleSessionName = fmt.Sprintf("strata-%d", time.Now().Unix())
		if externalID != "" {
			o.ExternalID = aws.String(externalID)
		}
	})
	cache := aws.NewCredentialsCache(provider)
	cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if _, err := cache.Retrieve(cctx); err != nil {
		s.warnOnce(roleArn, fmt.Sprintf("could not assume %s (%v); using the default credentials", roleArn, shortErr(err)))
		s.mu.Lock()
		s.assumed[key] = cfg
		s.mu.Unlock()
		return cfg
	}
	assumed := cfg.Copy()
	assumed.Credentials = cache
	s.mu.Lock()
	s.assumed[key] = assumed
	s.mu.Unlock()
	return assumed
}

func (s *Session) warnOnce(key, msg string) {
	s.mu.Lock()
	seen := s.warned[key]
	s.warned[key] = true
	s.mu.Unlock()
	if !seen && s.Warn != nil {
		s.Warn(msg)
	}
}

// CloudFormation returns a client for cfg.
func (s *Session) CloudFormation(cfg aws.Config) *cloudformation.Client {
	return cloudformation.NewFromConfig(cfg)
}

// S3 returns a client for cfg, path-style on custom endpoints.
func (s *Session) S3(cfg aws.Config) *s3.Client {
	pathStyle := s.customEndpoint()
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.UsePathStyle = pathStyle
	})
}

// SSM returns a client for cfg.
func (s *Session) SSM(cfg aws.Config) *ssm.Client { return ssm.NewFromConfig(cfg) }

// shortErr trims the SDK's long operation-error wrapping to its last part.
func shortErr(err error) string {
	var oe interface{ ErrorMessage() string }
	if errors.As(err, &oe) && oe.ErrorMessage() != "" {
		return oe.ErrorMessage()
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, ", api error "); i >= 0 {
		return msg[i+len(", api error "):]
	}
	return msg
}
