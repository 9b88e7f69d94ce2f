package awscdk

// PermissionsOptions narrow a grant to some resources.
type PermissionsOptions struct {
	ResourceArns *[]*string `field:"optional" json:"resourceArns" yaml:"resourceArns"`
}

// EncryptedPermissionsOptions narrow a grant on an encrypted resource and
// name the key actions to grant with it.
type EncryptedPermissionsOptions struct {
	ResourceArns *[]*string `field:"optional" json:"resourceArns" yaml:"resourceArns"`
	KeyActions   *[]*string `field:"optional" json:"keyActions" yaml:"keyActions"`
}

// IAsset is an asset: a file or directory published with the stack.
type IAsset interface {
	AssetHash() *string
}
