package awskinesisfirehose

// firehoseCidrBlocks is where Firehose connects from in each region, the
// region-info fact aws-cdk-lib 2.276.0 renders into the stack mapping
// @aws-cdk/aws-kinesisfirehose.CidrBlocks (immutable).
func firehoseCidrBlocks() [][2]string {
	return [][2]string{
		{"af-south-1", "13.244.121.224/27"},
		{"ap-east-1", "18.162.221.32/27"},
		{"ap-east-2", "43.212.53.160/27"},
		{"ap-northeast-1", "13.113.196.224/27"},
		{"ap-northeast-2", "13.209.1.64/27"},
		{"ap-northeast-3", "13.208.177.192/27"},
		{"ap-south-1", "13.232.67.32/27"},
		{"ap-south-2", "18.60.192.128/27"},
		{"ap-southeast-1", "13.228.64.192/27"},
		{"ap-southeast-2", "13.210.67.224/27"},
		{"ap-southeast-3", "108.136.221.64/27"},
		{"ap-southeast-4", "16.50.161.128/27"},
		{"ap-southeast-5", "43.216.58.0/27"},
		{"ap-southeast-7", "43.208.112.96/27"},
		{"ca-central-1", "35.183.92.128/27"},
		{"ca-west-1", "40.176.98.192/27"},
		{"cn-north-1", "52.81.151.32/27"},
		{"cn-northwest-1", "161.189.23.64/27"},
		{"eu-central-1", "35.158.127.160/27"},
		{"eu-central-2", "16.62.183.32/27"},
		{"eu-north-1", "13.53.63.224/27"},
		{"eu-south-1", "15.161.135.128/27"},
		{"eu-south-2", "18.100.71.96/27"},
		{"eu-west-1", "52.19.239.192/27"},
		{"eu-west-2", "18.130.1.96/27"},
		{"eu-west-3", "35.180.1.96/27"},
		{"il-central-1", "51.16.102.0/27"},
		{"me-central-1", "3.28.159.32/27"},
		{"me-south-1", "15.185.91.0/27"},
		{"sa-east-1", "18.228.1.128/27"},
		{"us-east-1", "52.70.63.192/27"},
		{"us-east-2", "13.58.135.96/27"},
		{"us-gov-east-1", "18.253.138.96/27"},
		{"us-gov-west-1", "52.61.204.160/27"},
		{"us-west-1", "13.57.135.192/27"},
		{"us-west-2", "52.89.255.224/27"},
	}
}
