package awscloudfront

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Public keys and key groups (signed URLs and cookies) and key value stores.

// IPublicKey is a public key CloudFront verifies signatures with.
type IPublicKey interface {
	interfacesawscloudfront.IPublicKeyRef
	awscdk.IResource
	PublicKeyId() *string
}

// PublicKeyProps are the props of NewPublicKey.
type PublicKeyProps struct {
	EncodedKey    *string `field:"required" json:"encodedKey" yaml:"encodedKey"`
	Comment       *string `field:"optional" json:"comment" yaml:"comment"`
	PublicKeyName *string `field:"optional" json:"publicKeyName" yaml:"publicKeyName"`
}

// PublicKey is a public key (AWS::CloudFront::PublicKey).
type PublicKey interface {
	awscdk.Resource
	IPublicKey
}

type publicKey struct {
	awscdk.Resource
	id *string
}

func (k *publicKey) PublicKeyId() *string { return k.id }
func (k *publicKey) PublicKeyRef() *interfacesawscloudfront.PublicKeyReference {
	return &interfacesawscloudfront.PublicKeyReference{PublicKeyId: k.id}
}

// shortName is the construct's unique id, its middle cut out past 80
// characters (the names key groups and public keys get by default).
func shortName(c constructs.IConstruct) *string {
	name := *awscdk.Names_UniqueId(c)
	if len(name) > 80 {
		name = name[:40] + name[len(name)-40:]
	}
	return &name
}

// NewPublicKey defines a public key.
func NewPublicKey(scope constructs.Construct, id *string, props *PublicKeyProps) PublicKey {
	props = l2.Inject(*PublicKey_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.EncodedKey == nil {
		l2.RequireProps(scope, id, "PublicKey", "encodedKey")
	}
	k := &publicKey{}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	if !unresolved(props.EncodedKey) && !strings.HasPrefix(*props.EncodedKey, "-----BEGIN PUBLIC KEY-----") {
		l2.Throw(k.Node().Scope(), "Public key must be in PEM format (with the BEGIN/END PUBLIC KEY lines); got %s", *props.EncodedKey)
	}
	name := props.PublicKeyName
	if name == nil {
		name = shortName(k)
	}
	r := NewCfnPublicKey(k, jsii.String("Resource"), &CfnPublicKeyProps{PublicKeyConfig: &CfnPublicKey_PublicKeyConfigProperty{
		Name: name, CallerReference: k.Node().Addr(), EncodedKey: props.EncodedKey, Comment: props.Comment}})
	k.id = r.Ref()
	return k
}

// NewPublicKey_Override initialises outer, a type embedding PublicKey.
func NewPublicKey_Override(outer PublicKey, scope constructs.Construct, id *string, props *PublicKeyProps) {
	l2.Override(outer, NewPublicKey(scope, id, props))
}

// PublicKey_FromPublicKeyId imports a public key.
func PublicKey_FromPublicKeyId(scope constructs.Construct, id *string, publicKeyId *string) IPublicKey {
	k := &publicKey{id: publicKeyId}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	return k
}

// IKeyGroup is a group of public keys a behavior trusts.
type IKeyGroup interface {
	interfacesawscloudfront.IKeyGroupRef
	awscdk.IResource
	KeyGroupId() *string
}

// KeyGroupProps are the props of NewKeyGroup.
type KeyGroupProps struct {
	Items        *[]interfacesawscloudfront.IPublicKeyRef `field:"required" json:"items" yaml:"items"`
	Comment      *string                                  `field:"optional" json:"comment" yaml:"comment"`
	KeyGroupName *string                                  `field:"optional" json:"keyGroupName" yaml:"keyGroupName"`
}

// KeyGroup is a key group (AWS::CloudFront::KeyGroup).
type KeyGroup interface {
	awscdk.Resource
	IKeyGroup
}

type keyGroup struct {
	awscdk.Resource
	id *string
}

func (k *keyGroup) KeyGroupId() *string { return k.id }
func (k *keyGroup) KeyGroupRef() *interfacesawscloudfront.KeyGroupReference {
	return &interfacesawscloudfront.KeyGroupReference{KeyGroupId: k.id}
}

// NewKeyGroup defines a key group.
func NewKeyGroup(scope constructs.Construct, id *string, props *KeyGroupProps) KeyGroup {
	props = l2.Inject(*KeyGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Items == nil {
		l2.RequireProps(scope, id, "KeyGroup", "items")
	}
	k := &keyGroup{}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	name := props.KeyGroupName
	if name == nil {
		name = shortName(k)
	}
	items := []*string{}
	for _, p := range *props.Items {
		if p == nil {
			l2.Throw(k, "KeyGroup items must not be nil")
		}
		items = append(items, p.PublicKeyRef().PublicKeyId)
	}
	r := NewCfnKeyGroup(k, jsii.String("Resource"), &CfnKeyGroupProps{KeyGroupConfig: &CfnKeyGroup_KeyGroupConfigProperty{
		Name: name, Comment: props.Comment, Items: &items}})
	k.id = r.Ref()
	return k
}

// NewKeyGroup_Override initialises outer, a type embedding KeyGroup.
func NewKeyGroup_Override(outer KeyGroup, scope constructs.Construct, id *string, props *KeyGroupProps) {
	l2.Override(outer, NewKeyGroup(scope, id, props))
}

// KeyGroup_FromKeyGroupId imports a key group.
func KeyGroup_FromKeyGroupId(scope constructs.Construct, id *string, keyGroupId *string) IKeyGroup {
	k := &keyGroup{id: keyGroupId}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	return k
}

// ImportSource is the data a key value store starts with.
type ImportSource interface{}

// NewImportSource_Override exists for aws-cdk-go compatibility: ImportSource
// has no state to initialise. A key value store accepts only the sources
// ImportSource_From* make, and names any other in its error.
func NewImportSource_Override(i ImportSource) {}

// importBinder is what every ImportSource of this package does: it
// renders itself for the store in scope.
type importBinder interface {
	bindImport(scope constructs.Construct) *CfnKeyValueStore_ImportSourceProperty
}

// S3ImportSource is data in an S3 object.
type S3ImportSource interface {
	ImportSource
	Bucket() awss3.IBucket
	Key() *string
}

type s3ImportSource struct {
	bucket awss3.IBucket
	key    *string
}

func (s *s3ImportSource) Bucket() awss3.IBucket { return s.bucket }
func (s *s3ImportSource) Key() *string          { return s.key }
func (s *s3ImportSource) bindImport(constructs.Construct) *CfnKeyValueStore_ImportSourceProperty {
	return &CfnKeyValueStore_ImportSourceProperty{SourceType: jsii.String("S3"), SourceArn: s.bucket.ArnForObjects(s.key)}
}

// NewS3ImportSource is data in an S3 object.
func NewS3ImportSource(bucket awss3.IBucket, key *string) S3ImportSource {
	if bucket == nil {
		diag.Panic("", "S3ImportSource needs a bucket; got nil")
	}
	return &s3ImportSource{bucket: bucket, key: key}
}

// assetSource is an asset a source uploads on first use, once per stack.
type assetSource struct {
	asset awss3assets.Asset
}

func (a *assetSource) bind(scope constructs.Construct, make func() *awss3assets.AssetProps) *CfnKeyValueStore_ImportSourceProperty {
	if a.asset == nil {
		a.asset = awss3assets.NewAsset(scope, jsii.String("ImportSource"), make())
	} else if awscdk.Stack_Of(a.asset) != awscdk.Stack_Of(scope) {
		l2.Throw(scope, "Asset is already associated with another stack '%s. Create a new ImportSource instance for every stack.", *awscdk.Stack_Of(a.asset).StackName())
	}
	return &CfnKeyValueStore_ImportSourceProperty{SourceType: jsii.String("S3"), SourceArn: a.asset.Bucket().ArnForObjects(a.asset.S3ObjectKey())}
}

// AssetImportSource is data in a local JSON file, uploaded as an asset.
type AssetImportSource interface {
	ImportSource
	Path() *string
}

type assetImportSource struct {
	assetSource
	path    *string
	options *awss3assets.AssetOptions
}

func (s *assetImportSource) Path() *string { return s.path }
func (s *assetImportSource) bindImport(scope constructs.Construct) *CfnKeyValueStore_ImportSourceProperty {
	return s.bind(scope, func() *awss3assets.AssetProps {
		p := &awss3assets.AssetProps{Path: s.path}
		if o := s.options; o != nil {
			p.AssetHash, p.AssetHashType, p.Bundling, p.Exclude, p.FollowSymlinks, p.IgnoreMode, p.Readers, p.SourceKMSKey, p.DisplayName =
				o.AssetHash, o.AssetHashType, o.Bundling, o.Exclude, o.FollowSymlinks, o.IgnoreMode, o.Readers, o.SourceKMSKey, o.DisplayName
		}
		if p.DeployTime = jsii.Bool(true); s.options != nil && s.options.DeployTime != nil {
			p.DeployTime = s.options.DeployTime
		}
		return p
	})
}

// NewAssetImportSource is data in a local file.
func NewAssetImportSource(path *string, options *awss3assets.AssetOptions) AssetImportSource {
	return &assetImportSource{path: path, options: options}
}

// InlineImportSource is data given as a JSON string.
type InlineImportSource interface {
	ImportSource
	Data() *string
}

type inlineImportSource struct {
	assetSource
	data *string
}

func (s *inlineImportSource) Data() *string { return s.data }
func (s *inlineImportSource) bindImport(scope constructs.Construct) *CfnKeyValueStore_ImportSourceProperty {
	return s.bind(scope, func() *awss3assets.AssetProps {
		dir, err := os.MkdirTemp("", "key-value-store")
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "data.json"), []byte(deref(s.data)), 0o644)
		}
		if err != nil {
			l2.Throw(scope, "InlineImportSource: %s", err.Error())
		}
		return &awss3assets.AssetProps{Path: jsii.String(filepath.Join(dir, "data.json")), DeployTime: jsii.Bool(true)}
	})
}

// NewInlineImportSource is data given as a JSON string.
func NewInlineImportSource(data *string) InlineImportSource { return &inlineImportSource{data: data} }

func ImportSource_FromBucket(bucket awss3.IBucket, key *string) ImportSource {
	return NewS3ImportSource(bucket, key)
}
func ImportSource_FromAsset(path *string, options *awss3assets.AssetOptions) ImportSource {
	return NewAssetImportSource(path, options)
}
func ImportSource_FromInline(data *string) ImportSource { return NewInlineImportSource(data) }

func S3ImportSource_FromBucket(bucket awss3.IBucket, key *string) ImportSource {
	return NewS3ImportSource(bucket, key)
}
func S3ImportSource_FromAsset(path *string, options *awss3assets.AssetOptions) ImportSource {
	return NewAssetImportSource(path, options)
}
func S3ImportSource_FromInline(data *string) ImportSource { return NewInlineImportSource(data) }
func AssetImportSource_FromBucket(bucket awss3.IBucket, key *string) ImportSource {
	return NewS3ImportSource(bucket, key)
}
func AssetImportSource_FromAsset(path *string, options *awss3assets.AssetOptions) ImportSource {
	return NewAssetImportSource(path, options)
}
func AssetImportSource_FromInline(data *string) ImportSource { return NewInlineImportSource(data) }
func InlineImportSource_FromBucket(bucket awss3.IBucket, key *string) ImportSource {
	return NewS3ImportSource(bucket, key)
}
func InlineImportSource_FromAsset(path *string, options *awss3assets.AssetOptions) ImportSource {
	return NewAssetImportSource(path, options)
}
func InlineImportSource_FromInline(data *string) ImportSource { return NewInlineImportSource(data) }

// IKeyValueStore is a CloudFront key value store.
type IKeyValueStore interface {
	interfacesawscloudfront.IKeyValueStoreRef
	awscdk.IResource
	KeyValueStoreArn() *string
	KeyValueStoreId() *string
	KeyValueStoreStatus() *string
}

// KeyValueStoreProps are the props of NewKeyValueStore.
type KeyValueStoreProps struct {
	Comment           *string      `field:"optional" json:"comment" yaml:"comment"`
	KeyValueStoreName *string      `field:"optional" json:"keyValueStoreName" yaml:"keyValueStoreName"`
	Source            ImportSource `field:"optional" json:"source" yaml:"source"`
}

// KeyValueStore is a key value store (AWS::CloudFront::KeyValueStore).
type KeyValueStore interface {
	awscdk.Resource
	IKeyValueStore
}

type keyValueStore struct {
	awscdk.Resource
	arn, id, status *string
	ref             *interfacesawscloudfront.KeyValueStoreReference
	imported        bool
}

func (k *keyValueStore) KeyValueStoreArn() *string { return k.arn }
func (k *keyValueStore) KeyValueStoreId() *string  { return k.id }
func (k *keyValueStore) KeyValueStoreRef() *interfacesawscloudfront.KeyValueStoreReference {
	return k.ref
}

// KeyValueStoreStatus is the store's status; an imported store has none.
func (k *keyValueStore) KeyValueStoreStatus() *string {
	if k.imported {
		l2.Throw(k.Node().Scope(), "Status is not available for imported Key Value Store")
	}
	return k.status
}

// NewKeyValueStore defines a key value store.
func NewKeyValueStore(scope constructs.Construct, id *string, props *KeyValueStoreProps) KeyValueStore {
	props = l2.Inject(*KeyValueStore_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &KeyValueStoreProps{}
	}
	k := &keyValueStore{}
	name := props.KeyValueStoreName
	if name == nil {
		name = awscdk.Lazy_String(stringProducer(func() *string {
			return awscdk.Names_UniqueResourceName(k, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(64)})
		}), nil)
	}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(k.Resource, k)
	var src *CfnKeyValueStore_ImportSourceProperty
	if props.Source != nil {
		b, ok := props.Source.(importBinder)
		if !ok {
			l2.Throw(k, "KeyValueStore source must come from ImportSource.fromBucket, fromAsset or fromInline; got %T", props.Source)
		}
		src = b.bindImport(k)
	}
	cp := &CfnKeyValueStoreProps{Name: k.PhysicalName(), Comment: props.Comment}
	if src != nil {
		cp.ImportSource = src
	}
	r := NewCfnKeyValueStore(k, jsii.String("Resource"), cp)
	k.ref = r.KeyValueStoreRef()
	k.arn, k.id, k.status = r.AttrArn(), r.AttrId(), r.AttrStatus()
	return k
}

// NewKeyValueStore_Override initialises outer, a type embedding KeyValueStore.
func NewKeyValueStore_Override(outer KeyValueStore, scope constructs.Construct, id *string, props *KeyValueStoreProps) {
	l2.Override(outer, NewKeyValueStore(scope, id, props))
}

// KeyValueStore_FromKeyValueStoreArn imports a key value store.
func KeyValueStore_FromKeyValueStoreArn(scope constructs.Construct, id *string, keyValueStoreArn *string) IKeyValueStore {
	storeID := awscdk.Arn_Split(keyValueStoreArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	if storeID == nil || *storeID == "" {
		diag.Panic(*scope.Node().Path(), "Invalid Key Value Store Arn: '%s'", deref(keyValueStoreArn))
	}
	k := &keyValueStore{arn: keyValueStoreArn, id: storeID, imported: true,
		ref: &interfacesawscloudfront.KeyValueStoreReference{KeyValueStoreArn: keyValueStoreArn, KeyValueStoreName: storeID}}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: keyValueStoreArn})
	host.Set(k.Resource, k)
	return k
}

// IRealtimeLogConfig is a real-time log configuration a behavior can
// send its logs to (RealtimeLogConfig, or an import).
type IRealtimeLogConfig interface {
	interfacesawscloudfront.IRealtimeLogConfigRef
	awscdk.IResource
	RealtimeLogConfigArn() *string
	RealtimeLogConfigName() *string
}
