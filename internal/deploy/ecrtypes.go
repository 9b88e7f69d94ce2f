package deploy

import ecrtypes "github.com/aws/aws-sdk-go-v2/service/ecr/types"

type ecrImageID = ecrtypes.ImageIdentifier
