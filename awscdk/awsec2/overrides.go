package awsec2

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors aws-cdk-go offers for this package's
// classes: each stores the value built from the same arguments in the
// user's struct that embeds the class's interface.

// NewAmazonLinux2023ImageSsmParameter_Override initialises a, a type embedding AmazonLinux2023ImageSsmParameter.
func NewAmazonLinux2023ImageSsmParameter_Override(a AmazonLinux2023ImageSsmParameter, props *AmazonLinux2023ImageSsmParameterProps) {
	l2.Override(a, NewAmazonLinux2023ImageSsmParameter(props))
}

// NewAmazonLinux2023Kernel_Override initialises a, a type embedding AmazonLinux2023Kernel.
func NewAmazonLinux2023Kernel_Override(a AmazonLinux2023Kernel, version *string) {
	l2.Override(a, NewAmazonLinux2023Kernel(version))
}

// NewAmazonLinux2ImageSsmParameter_Override initialises a, a type embedding AmazonLinux2ImageSsmParameter.
func NewAmazonLinux2ImageSsmParameter_Override(a AmazonLinux2ImageSsmParameter, props *AmazonLinux2ImageSsmParameterProps) {
	l2.Override(a, NewAmazonLinux2ImageSsmParameter(props))
}

// NewAmazonLinux2Kernel_Override initialises a, a type embedding AmazonLinux2Kernel.
func NewAmazonLinux2Kernel_Override(a AmazonLinux2Kernel, version *string) {
	l2.Override(a, NewAmazonLinux2Kernel(version))
}

// NewAmazonLinuxImage_Override initialises a, a type embedding AmazonLinuxImage.
func NewAmazonLinuxImage_Override(a AmazonLinuxImage, props *AmazonLinuxImageProps) {
	l2.Override(a, NewAmazonLinuxImage(props))
}

// NewBastionHostLinux_Override initialises b, a type embedding BastionHostLinux.
func NewBastionHostLinux_Override(b BastionHostLinux, scope constructs.Construct, id *string, props *BastionHostLinuxProps) {
	l2.Override(b, NewBastionHostLinux(scope, id, props))
}

// NewBlockDeviceVolume_Override initialises b, a type embedding BlockDeviceVolume.
func NewBlockDeviceVolume_Override(b BlockDeviceVolume, ebsDevice *EbsDeviceProps, virtualName *string) {
	l2.Override(b, NewBlockDeviceVolume(ebsDevice, virtualName))
}

// NewClientVpnAuthorizationRule_Override initialises c, a type embedding ClientVpnAuthorizationRule.
func NewClientVpnAuthorizationRule_Override(c ClientVpnAuthorizationRule, scope constructs.Construct, id *string, props *ClientVpnAuthorizationRuleProps) {
	l2.Override(c, NewClientVpnAuthorizationRule(scope, id, props))
}

// NewClientVpnEndpoint_Override initialises c, a type embedding ClientVpnEndpoint.
func NewClientVpnEndpoint_Override(c ClientVpnEndpoint, scope constructs.Construct, id *string, props *ClientVpnEndpointProps) {
	l2.Override(c, NewClientVpnEndpoint(scope, id, props))
}

// NewClientVpnRoute_Override initialises c, a type embedding ClientVpnRoute.
func NewClientVpnRoute_Override(c ClientVpnRoute, scope constructs.Construct, id *string, props *ClientVpnRouteProps) {
	l2.Override(c, NewClientVpnRoute(scope, id, props))
}

// NewConnections_Override initialises c, a type embedding Connections.
func NewConnections_Override(c Connections, props *ConnectionsProps) {
	l2.Override(c, NewConnections(props))
}

// NewFlowLog_Override initialises f, a type embedding FlowLog.
func NewFlowLog_Override(f FlowLog, scope constructs.Construct, id *string, props *FlowLogProps) {
	l2.Override(f, NewFlowLog(scope, id, props))
}

// NewGatewayVpcEndpointAwsService_Override initialises g, a type embedding GatewayVpcEndpointAwsService.
func NewGatewayVpcEndpointAwsService_Override(g GatewayVpcEndpointAwsService, name *string, prefix *string) {
	l2.Override(g, NewGatewayVpcEndpointAwsService(name, prefix))
}

// NewGatewayVpcEndpoint_Override initialises g, a type embedding GatewayVpcEndpoint.
func NewGatewayVpcEndpoint_Override(g GatewayVpcEndpoint, scope constructs.Construct, id *string, props *GatewayVpcEndpointProps) {
	l2.Override(g, NewGatewayVpcEndpoint(scope, id, props))
}

// NewGenericSSMParameterImage_Override initialises g, a type embedding GenericSSMParameterImage.
func NewGenericSSMParameterImage_Override(g GenericSSMParameterImage, parameterName *string, os OperatingSystemType, userData UserData) {
	l2.Override(g, NewGenericSSMParameterImage(parameterName, os, userData))
}

// NewInitConfig_Override initialises i, a type embedding InitConfig.
func NewInitConfig_Override(i InitConfig, elements *[]InitElement) {
	l2.Override(i, NewInitConfig(elements))
}

// NewInstanceRequireImdsv2Aspect_Override initialises i, a type embedding InstanceRequireImdsv2Aspect.
func NewInstanceRequireImdsv2Aspect_Override(i InstanceRequireImdsv2Aspect, props *InstanceRequireImdsv2AspectProps) {
	l2.Override(i, NewInstanceRequireImdsv2Aspect(props))
}

// NewInstanceType_Override initialises i, a type embedding InstanceType.
func NewInstanceType_Override(i InstanceType, instanceTypeIdentifier *string) {
	l2.Override(i, NewInstanceType(instanceTypeIdentifier))
}

// NewInstance_Override initialises i, a type embedding Instance.
func NewInstance_Override(i Instance, scope constructs.Construct, id *string, props *InstanceProps) {
	l2.Override(i, NewInstance(scope, id, props))
}

// NewInterfaceVpcEndpointAwsService_Override initialises i, a type embedding InterfaceVpcEndpointAwsService.
func NewInterfaceVpcEndpointAwsService_Override(i InterfaceVpcEndpointAwsService, name *string, prefix *string, port *float64, props *InterfaceVpcEndpointAwsServiceProps) {
	l2.Override(i, NewInterfaceVpcEndpointAwsService(name, prefix, port, props))
}

// NewInterfaceVpcEndpointService_Override initialises i, a type embedding InterfaceVpcEndpointService.
func NewInterfaceVpcEndpointService_Override(i InterfaceVpcEndpointService, name *string, port *float64) {
	l2.Override(i, NewInterfaceVpcEndpointService(name, port))
}

// NewInterfaceVpcEndpoint_Override initialises i, a type embedding InterfaceVpcEndpoint.
func NewInterfaceVpcEndpoint_Override(i InterfaceVpcEndpoint, scope constructs.Construct, id *string, props *InterfaceVpcEndpointProps) {
	l2.Override(i, NewInterfaceVpcEndpoint(scope, id, props))
}

// NewKeyPair_Override initialises k, a type embedding KeyPair.
func NewKeyPair_Override(k KeyPair, scope constructs.Construct, id *string, props *KeyPairProps) {
	l2.Override(k, NewKeyPair(scope, id, props))
}

// NewLaunchTemplateSpecialVersions_Override initialises l, a type embedding LaunchTemplateSpecialVersions.
func NewLaunchTemplateSpecialVersions_Override(l LaunchTemplateSpecialVersions) {
	l2.Override(l, NewLaunchTemplateSpecialVersions())
}

// NewLaunchTemplate_Override initialises l, a type embedding LaunchTemplate.
func NewLaunchTemplate_Override(l LaunchTemplate, scope constructs.Construct, id *string, props *LaunchTemplateProps) {
	l2.Override(l, NewLaunchTemplate(scope, id, props))
}

// NewLogFormat_Override initialises l, a type embedding LogFormat.
func NewLogFormat_Override(l LogFormat, value *string) {
	l2.Override(l, NewLogFormat(value))
}

// NewLookupMachineImage_Override initialises l, a type embedding LookupMachineImage.
func NewLookupMachineImage_Override(l LookupMachineImage, props *LookupMachineImageProps) {
	l2.Override(l, NewLookupMachineImage(props))
}

// NewMultipartUserData_Override initialises m, a type embedding MultipartUserData.
func NewMultipartUserData_Override(m MultipartUserData, opts *MultipartUserDataOptions) {
	l2.Override(m, NewMultipartUserData(opts))
}

// NewNatInstanceProviderV2_Override initialises n, a type embedding NatInstanceProviderV2.
func NewNatInstanceProviderV2_Override(n NatInstanceProviderV2, props *NatInstanceProps) {
	l2.Override(n, NewNatInstanceProviderV2(props))
}

// NewNetworkAclEntry_Override initialises n, a type embedding NetworkAclEntry.
func NewNetworkAclEntry_Override(n NetworkAclEntry, scope constructs.Construct, id *string, props *NetworkAclEntryProps) {
	l2.Override(n, NewNetworkAclEntry(scope, id, props))
}

// NewNetworkAcl_Override initialises n, a type embedding NetworkAcl.
func NewNetworkAcl_Override(n NetworkAcl, scope constructs.Construct, id *string, props *NetworkAclProps) {
	l2.Override(n, NewNetworkAcl(scope, id, props))
}

// NewPeer_Override initialises p, a type embedding Peer.
func NewPeer_Override(p Peer) {
	l2.Override(p, NewPeer())
}

// NewPlacementGroup_Override initialises p, a type embedding PlacementGroup.
func NewPlacementGroup_Override(p PlacementGroup, scope constructs.Construct, id *string, props *PlacementGroupProps) {
	l2.Override(p, NewPlacementGroup(scope, id, props))
}

// NewPort_Override initialises p, a type embedding Port.
func NewPort_Override(p Port, props *PortProps) {
	l2.Override(p, NewPort(props))
}

// NewPrefixList_Override initialises p, a type embedding PrefixList.
func NewPrefixList_Override(p PrefixList, scope constructs.Construct, id *string, props *PrefixListProps) {
	l2.Override(p, NewPrefixList(scope, id, props))
}

// NewPrivateSubnet_Override initialises p, a type embedding PrivateSubnet.
func NewPrivateSubnet_Override(p PrivateSubnet, scope constructs.Construct, id *string, props *PrivateSubnetProps) {
	l2.Override(p, NewPrivateSubnet(scope, id, props))
}

// NewPublicSubnet_Override initialises p, a type embedding PublicSubnet.
func NewPublicSubnet_Override(p PublicSubnet, scope constructs.Construct, id *string, props *PublicSubnetProps) {
	l2.Override(p, NewPublicSubnet(scope, id, props))
}

// NewSecurityGroup_Override initialises s, a type embedding SecurityGroup.
func NewSecurityGroup_Override(s SecurityGroup, scope constructs.Construct, id *string, props *SecurityGroupProps) {
	l2.Override(s, NewSecurityGroup(scope, id, props))
}

// NewSubnetNetworkAclAssociation_Override initialises s, a type embedding SubnetNetworkAclAssociation.
func NewSubnetNetworkAclAssociation_Override(s SubnetNetworkAclAssociation, scope constructs.Construct, id *string, props *SubnetNetworkAclAssociationProps) {
	l2.Override(s, NewSubnetNetworkAclAssociation(scope, id, props))
}

// NewSubnet_Override initialises s, a type embedding Subnet.
func NewSubnet_Override(s Subnet, scope constructs.Construct, id *string, props *SubnetProps) {
	l2.Override(s, NewSubnet(scope, id, props))
}

// NewVpc_Override initialises v, a type embedding Vpc.
func NewVpc_Override(v Vpc, scope constructs.Construct, id *string, props *VpcProps) {
	l2.Override(v, NewVpc(scope, id, props))
}

// NewVpnConnection_Override initialises v, a type embedding VpnConnection.
func NewVpnConnection_Override(v VpnConnection, scope constructs.Construct, id *string, props *VpnConnectionProps) {
	l2.Override(v, NewVpnConnection(scope, id, props))
}

// NewVpnGateway_Override initialises v, a type embedding VpnGateway.
func NewVpnGateway_Override(v VpnGateway, scope constructs.Construct, id *string, props *VpnGatewayProps) {
	l2.Override(v, NewVpnGateway(scope, id, props))
}

// NewWindowsImage_Override initialises w, a type embedding WindowsImage.
func NewWindowsImage_Override(w WindowsImage, version WindowsVersion, props *WindowsImageProps) {
	l2.Override(w, NewWindowsImage(version, props))
}
