package awssns

// StringConditions build a string attribute filter.
type StringConditions struct {
	Allowlist     *[]*string `field:"optional" json:"allowlist" yaml:"allowlist"`
	Denylist      *[]*string `field:"optional" json:"denylist" yaml:"denylist"`
	MatchPrefixes *[]*string `field:"optional" json:"matchPrefixes" yaml:"matchPrefixes"`
	MatchSuffixes *[]*string `field:"optional" json:"matchSuffixes" yaml:"matchSuffixes"`
}

// BetweenCondition is a numeric range.
type BetweenCondition struct {
	Start *float64 `field:"required" json:"start" yaml:"start"`
	Stop  *float64 `field:"required" json:"stop" yaml:"stop"`
}

// NumericConditions build a numeric attribute filter.
type NumericConditions struct {
	Allowlist            *[]*float64       `field:"optional" json:"allowlist" yaml:"allowlist"`
	Between              *BetweenCondition `field:"optional" json:"between" yaml:"between"`
	BetweenStrict        *BetweenCondition `field:"optional" json:"betweenStrict" yaml:"betweenStrict"`
	GreaterThan          *float64          `field:"optional" json:"greaterThan" yaml:"greaterThan"`
	GreaterThanOrEqualTo *float64          `field:"optional" json:"greaterThanOrEqualTo" yaml:"greaterThanOrEqualTo"`
	LessThan             *float64          `field:"optional" json:"lessThan" yaml:"lessThan"`
	LessThanOrEqualTo    *float64          `field:"optional" json:"lessThanOrEqualTo" yaml:"lessThanOrEqualTo"`
}

// SubscriptionFilter is the list of conditions one message attribute must meet.
type SubscriptionFilter interface {
	Conditions() *[]interface{}
}

type subscriptionFilter struct{ conditions []interface{} }

func (f *subscriptionFilter) Conditions() *[]interface{} {
	c := f.conditions
	if c == nil {
		c = []interface{}{}
	}
	return &c
}

// NewSubscriptionFilter makes a filter of raw conditions.
func NewSubscriptionFilter(conditions *[]interface{}) SubscriptionFilter {
	f := &subscriptionFilter{}
	if conditions != nil {
		f.conditions = *conditions
	}
	return f
}

// SubscriptionFilter_StringFilter matches string attributes.
func SubscriptionFilter_StringFilter(c *StringConditions) SubscriptionFilter {
	var conds []interface{}
	if c.Allowlist != nil {
		for _, s := range *c.Allowlist {
			conds = append(conds, s)
		}
	}
	if c.Denylist != nil {
		conds = append(conds, map[string]interface{}{"anything-but": c.Denylist})
	}
	if c.MatchPrefixes != nil {
		for _, p := range *c.MatchPrefixes {
			conds = append(conds, map[string]interface{}{"prefix": p})
		}
	}
	if c.MatchSuffixes != nil {
		for _, p := range *c.MatchSuffixes {
			conds = append(conds, map[string]interface{}{"suffix": p})
		}
	}
	return &subscriptionFilter{conds}
}

// SubscriptionFilter_NumericFilter matches numeric attributes.
func SubscriptionFilter_NumericFilter(c *NumericConditions) SubscriptionFilter {
	var conds []interface{}
	num := func(args ...interface{}) { conds = append(conds, map[string]interface{}{"numeric": args}) }
	if c.Allowlist != nil {
		for _, v := range *c.Allowlist {
			num("=", v)
		}
	}
	if c.GreaterThan != nil {
		num(">", c.GreaterThan)
	}
	if c.GreaterThanOrEqualTo != nil {
		num(">=", c.GreaterThanOrEqualTo)
	}
	if c.LessThan != nil {
		num("<", c.LessThan)
	}
	if c.LessThanOrEqualTo != nil {
		num("<=", c.LessThanOrEqualTo)
	}
	if b := c.Between; b != nil {
		num(">=", b.Start, "<=", b.Stop)
	}
	if b := c.BetweenStrict; b != nil {
		num(">", b.Start, "<", b.Stop)
	}
	return &subscriptionFilter{conds}
}

// SubscriptionFilter_ExistsFilter matches when the attribute is present.
func SubscriptionFilter_ExistsFilter() SubscriptionFilter {
	return &subscriptionFilter{[]interface{}{map[string]interface{}{"exists": true}}}
}

// SubscriptionFilter_NotExistsFilter matches when the attribute is absent.
func SubscriptionFilter_NotExistsFilter() SubscriptionFilter {
	return &subscriptionFilter{[]interface{}{map[string]interface{}{"exists": false}}}
}

// FilterOrPolicyType says whether a FilterOrPolicy is a filter or a nested policy.
type FilterOrPolicyType string

const (
	FilterOrPolicyType_FILTER FilterOrPolicyType = "FILTER"
	FilterOrPolicyType_POLICY FilterOrPolicyType = "POLICY"
)

// FilterOrPolicy is one entry of a message body filter policy.
type FilterOrPolicy interface {
	Type() FilterOrPolicyType
	IsFilter() *bool
	IsPolicy() *bool
}

// Filter is a FilterOrPolicy that filters one key.
type Filter interface {
	FilterOrPolicy
	FilterDoc() SubscriptionFilter
}

// Policy is a FilterOrPolicy that nests a policy under one key.
type Policy interface {
	FilterOrPolicy
	PolicyDoc() *map[string]FilterOrPolicy
}

type filter struct{ doc SubscriptionFilter }

func (f *filter) Type() FilterOrPolicyType      { return FilterOrPolicyType_FILTER }
func (f *filter) IsFilter() *bool               { t := true; return &t }
func (f *filter) IsPolicy() *bool               { b := false; return &b }
func (f *filter) FilterDoc() SubscriptionFilter { return f.doc }

type policy struct{ doc map[string]FilterOrPolicy }

func (p *policy) Type() FilterOrPolicyType              { return FilterOrPolicyType_POLICY }
func (p *policy) IsFilter() *bool                       { b := false; return &b }
func (p *policy) IsPolicy() *bool                       { t := true; return &t }
func (p *policy) PolicyDoc() *map[string]FilterOrPolicy { return &p.doc }

// NewFilter makes a Filter.
func NewFilter(filterDoc SubscriptionFilter) Filter { return &filter{filterDoc} }

// NewPolicy makes a Policy.
func NewPolicy(policyDoc *map[string]FilterOrPolicy) Policy {
	p := &policy{}
	if policyDoc != nil {
		p.doc = *policyDoc
	}
	return p
}

// FilterOrPolicy_Filter makes a Filter.
func FilterOrPolicy_Filter(f SubscriptionFilter) Filter { return NewFilter(f) }

// FilterOrPolicy_Policy makes a Policy.
func FilterOrPolicy_Policy(p *map[string]FilterOrPolicy) Policy { return NewPolicy(p) }
