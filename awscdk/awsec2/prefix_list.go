package awsec2

import (
	"regexp"
	"sync"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// AddressFamily is the IP version of a prefix list.
type AddressFamily string

const (
	AddressFamily_IP_V4 AddressFamily = "IP_V4"
	AddressFamily_IP_V6 AddressFamily = "IP_V6"
)

var addressFamilyValue = map[AddressFamily]string{AddressFamily_IP_V4: "IPv4", AddressFamily_IP_V6: "IPv6"}

// The entry checks of aws-cdk-lib's PrefixList, patterns as it has them.
var (
	prefixListIpv4 = regexp.MustCompile(`(?i)^([0-9]{1,3}\.){3}[0-9]{1,3}(/([0-9]|[1-2][0-9]|3[0-2]))?$`)
	// prefixListIpv6 is compiled on first use: it is large, and every
	// program importing the package would compile it at start-up.
	prefixListIpv6 = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))(%.+)?s*(/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$`)
	})
)

// PrefixListProps are the props of NewPrefixList.
type PrefixListProps struct {
	// Default: the number of entries (1 without entries).
	MaxEntries *float64 `field:"optional" json:"maxEntries" yaml:"maxEntries"`
	// Default: AddressFamily_IP_V4.
	AddressFamily AddressFamily                   `field:"optional" json:"addressFamily" yaml:"addressFamily"`
	Entries       *[]*CfnPrefixList_EntryProperty `field:"optional" json:"entries" yaml:"entries"`
	// Default: generated.
	PrefixListName *string `field:"optional" json:"prefixListName" yaml:"prefixListName"`
}

// PrefixListLookupOptions say which managed prefix list PrefixList_FromLookup finds.
type PrefixListLookupOptions struct {
	PrefixListName *string       `field:"required" json:"prefixListName" yaml:"prefixListName"`
	AddressFamily  AddressFamily `field:"optional" json:"addressFamily" yaml:"addressFamily"`
	OwnerId        *string       `field:"optional" json:"ownerId" yaml:"ownerId"`
}

// IPrefixList is a managed prefix list, usable as a security group peer.
type IPrefixList interface {
	IPeer
	interfacesawsec2.IPrefixListRef
	awscdk.IResource
	PrefixListId() *string
}

// PrefixList is a managed prefix list defined in this app (AWS::EC2::PrefixList).
type PrefixList interface {
	awscdk.Resource
	IPrefixList
	AddressFamily() *string
	OwnerId() *string
	PrefixListArn() *string
	PrefixListName() *string
	PrefixListRef() *interfacesawsec2.PrefixListReference
	Version() *float64
	ToString() *string
}

type prefixList struct {
	awscdk.Resource
	conns                        Connections
	id, arn, name, owner, family *string
	version                      *float64
}

func (p *prefixList) Connections() Connections { return p.conns }
func (p *prefixList) CanInlineRule() *bool     { return boolp(false) }
func (p *prefixList) UniqueId() *string        { return p.id }
func (p *prefixList) PrefixListId() *string    { return p.id }
func (p *prefixList) PrefixListArn() *string   { return p.arn }
func (p *prefixList) PrefixListName() *string  { return p.name }
func (p *prefixList) OwnerId() *string         { return p.owner }
func (p *prefixList) AddressFamily() *string   { return p.family }
func (p *prefixList) Version() *float64        { return p.version }
func (p *prefixList) ToIngressRuleConfig() *IngressRuleConfig {
	return &IngressRuleConfig{SourcePrefixListId: p.id}
}
func (p *prefixList) ToEgressRuleConfig() *EgressRuleConfig {
	return &EgressRuleConfig{DestinationPrefixListId: p.id}
}
func (p *prefixList) PrefixListRef() *interfacesawsec2.PrefixListReference {
	return &interfacesawsec2.PrefixListReference{PrefixListArn: p.arn, PrefixListId: p.id}
}

// NewPrefixList creates a managed prefix list.
func NewPrefixList(scope constructs.Construct, id *string, props *PrefixListProps) PrefixList {
	props = l2.Inject(*PrefixList_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PrefixListProps{}
	}
	p := &prefixList{}
	name := props.PrefixListName
	if name == nil {
		name = awscdk.Lazy_String(stableString(func() *string {
			return awscdk.Names_UniqueResourceName(p, &awscdk.UniqueResourceNameOptions{MaxLength: num(255), AllowedSpecialCharacters: str(".-_")})
		}), nil)
	}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(p.Resource, p)
	p.conns = NewConnections(&ConnectionsProps{Peer: p})
	if n := props.PrefixListName; n != nil {
		if len(*n) >= len("com.amazonaws") && (*n)[:len("com.amazonaws")] == "com.amazonaws" {
			throw(p, "The name cannot start with 'com.amazonaws.'")
		}
		if len(*n) > 255 {
			throw(p, "Lengths exceeding 255 characters cannot be set.")
		}
	}
	p.name = p.PhysicalName()
	maxEntries := 1.0
	var entries []*CfnPrefixList_EntryProperty
	if props.Entries != nil && len(*props.Entries) > 0 {
		entries = *props.Entries
		for _, e := range entries {
			if props.AddressFamily == AddressFamily_IP_V6 {
				if !prefixListIpv6().MatchString(deref(e.Cidr)) {
					throw(p, "Invalid IPv6 address range: %s", deref(e.Cidr))
				}
			} else if !prefixListIpv4.MatchString(deref(e.Cidr)) {
				throw(p, "Invalid IPv4 address range: %s", deref(e.Cidr))
			}
		}
		maxEntries = float64(len(entries))
	}
	if props.MaxEntries != nil && *props.MaxEntries != 0 {
		maxEntries = *props.MaxEntries
	}
	family := addressFamilyValue[AddressFamily_IP_V4]
	if props.AddressFamily != "" {
		family = addressFamilyValue[props.AddressFamily]
	}
	if entries == nil {
		entries = []*CfnPrefixList_EntryProperty{}
	}
	res := NewCfnPrefixList(p, str("Resource"), &CfnPrefixListProps{AddressFamily: str(family), MaxEntries: num(maxEntries),
		PrefixListName: p.name, Entries: entries})
	p.id, p.arn, p.owner, p.version, p.family = res.AttrPrefixListId(), res.AttrArn(), res.AttrOwnerId(), res.AttrVersion(), str(family)
	return p
}

// PrefixList_FromPrefixListId imports a prefix list by id.
func PrefixList_FromPrefixListId(scope constructs.Construct, id *string, prefixListId *string) IPrefixList {
	p := &prefixList{id: prefixListId}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	p.conns = NewConnections(&ConnectionsProps{Peer: p})
	p.arn = awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("ec2"), Resource: str("prefix-list"), ResourceName: prefixListId})
	return p
}

// PrefixList_FromLookup finds a managed prefix list by name through the
// CDK CLI's Cloud Control context provider.
func PrefixList_FromLookup(scope constructs.Construct, id *string, options *PrefixListLookupOptions) IPrefixList {
	if options == nil {
		options = &PrefixListLookupOptions{}
	}
	if isUnresolved(options.PrefixListName) {
		throw(scope, "All arguments to look up a managed prefix list must be concrete (no Tokens)")
	}
	// The query in aws-cdk-lib's order, which its missing-context record keeps.
	match := ojson.New()
	match.Set("PrefixListName", deref(options.PrefixListName))
	if deref(options.OwnerId) != "" {
		match.Set("OwnerId", *options.OwnerId)
	}
	if options.AddressFamily != "" {
		match.Set("AddressFamily", addressFamilyValue[options.AddressFamily])
	}
	query := ojson.New()
	query.Set("typeName", "AWS::EC2::PrefixList")
	query.Set("propertyMatch", match)
	query.Set("propertiesToReturn", []interface{}{"PrefixListId"})
	query.Set("expectedMatchCount", "exactly-one")
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider:   str("cc-api-provider"),
		Props:      l2.OrderedContextProps(query),
		DummyValue: []interface{}{map[string]interface{}{"PrefixListId": "pl-xxxxxxxx"}},
	}).Value
	list, _ := v.([]interface{})
	if len(list) != 1 {
		throw(scope, "Unexpected response received from the context provider. Please clear out the context key using `cdk context --remove` and try again.")
	}
	m, _ := list[0].(map[string]interface{})
	return PrefixList_FromPrefixListId(scope, id, getString(m, "PrefixListId"))
}

func PrefixList_PROPERTY_INJECTION_ID() *string  { return jsii.String("aws-cdk-lib.aws-ec2.PrefixList") }
func PrefixList_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func PrefixList_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func PrefixList_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
