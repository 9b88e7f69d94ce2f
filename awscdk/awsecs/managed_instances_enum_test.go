package awsecs

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk/awsec2"
)

// TestEc2EnumValue checks every instance requirements enum member against
// the values aws-cdk-lib 2.276.0's aws_ec2 enums hold.
func TestEc2EnumValue(t *testing.T) {
	want := map[string]string{
		string(awsec2.AcceleratorManufacturer_AWS): "amazon-web-services", string(awsec2.AcceleratorManufacturer_NVIDIA): "nvidia",
		string(awsec2.AcceleratorManufacturer_HABANA): "habana", string(awsec2.AcceleratorName_RADEON_PRO_V520): "radeon-pro-v520",
		string(awsec2.AcceleratorName_GAUDI_HL_205): "gaudi-hl-205", string(awsec2.AcceleratorName_A10G): "a10g",
		string(awsec2.AcceleratorName_INFERENTIA2): "inferentia2", string(awsec2.AcceleratorType_INFERENCE): "inference",
		string(awsec2.BareMetal_INCLUDED): "included", string(awsec2.CpuManufacturer_APPLE): "apple",
		string(awsec2.InstanceGeneration_PREVIOUS): "previous", string(awsec2.LocalStorageType_HDD): "hdd",
	}
	for name, v := range want {
		if got := ec2EnumValue(name); got != v {
			t.Errorf("ec2EnumValue(%q) = %q, aws-cdk-lib has %q", name, got, v)
		}
	}
}
