package awsec2

// The AWS services interface endpoints reach, with the arguments
// aws-cdk-lib 2.276.0 gives each.

func InterfaceVpcEndpointAwsService_ACCESS_ANALYZER() InterfaceVpcEndpointAwsService {
	return newAwsService("access-analyzer", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ACCOUNT_MANAGEMENT() InterfaceVpcEndpointAwsService {
	return newAwsService("account", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AIRFLOW_API() InterfaceVpcEndpointAwsService {
	return newAwsService("airflow.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AIRFLOW_API_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("airflow.api-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AIRFLOW_ENV() InterfaceVpcEndpointAwsService {
	return newAwsService("airflow.env", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AIRFLOW_ENV_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("airflow.env-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AIRFLOW_OPS() InterfaceVpcEndpointAwsService {
	return newAwsService("airflow.ops", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APIGATEWAY() InterfaceVpcEndpointAwsService {
	return newAwsService("execute-api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APP_MESH() InterfaceVpcEndpointAwsService {
	return newAwsService("appmesh-envoy-management", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APP_MESH_ENVOY_MANAGEMENT() InterfaceVpcEndpointAwsService {
	return newAwsService("appmesh-envoy-management", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APP_MESH_OPS() InterfaceVpcEndpointAwsService {
	return newAwsService("appmesh", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APP_RUNNER() InterfaceVpcEndpointAwsService {
	return newAwsService("apprunner", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APP_RUNNER_REQUESTS() InterfaceVpcEndpointAwsService {
	return newAwsService("apprunner.requests", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APP_SYNC() InterfaceVpcEndpointAwsService {
	return newAwsService("appsync-api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPCONFIG() InterfaceVpcEndpointAwsService {
	return newAwsService("appconfig", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPCONFIGDATA() InterfaceVpcEndpointAwsService {
	return newAwsService("appconfigdata", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPLICATION_AUTOSCALING() InterfaceVpcEndpointAwsService {
	return newAwsService("application-autoscaling", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPLICATION_DISCOVERY_ARSENAL() InterfaceVpcEndpointAwsService {
	return newAwsService("arsenal-discovery", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPLICATION_DISCOVERY_SERVICE() InterfaceVpcEndpointAwsService {
	return newAwsService("discovery", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPLICATION_MIGRATION_SERVICE() InterfaceVpcEndpointAwsService {
	return newAwsService("mgn", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPSTREAM_API() InterfaceVpcEndpointAwsService {
	return newAwsService("appstream.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_APPSTREAM_STREAMING() InterfaceVpcEndpointAwsService {
	return newAwsService("appstream.streaming", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ATHENA() InterfaceVpcEndpointAwsService {
	return newAwsService("athena", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AUDIT_MANAGER() InterfaceVpcEndpointAwsService {
	return newAwsService("auditmanager", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AUTOSCALING() InterfaceVpcEndpointAwsService {
	return newAwsService("autoscaling", "", 443, false)
}

func InterfaceVpcEndpointAwsService_AUTOSCALING_PLANS() InterfaceVpcEndpointAwsService {
	return newAwsService("autoscaling-plans", "", 443, false)
}

func InterfaceVpcEndpointAwsService_B2B_DATA_INTERCHANGE() InterfaceVpcEndpointAwsService {
	return newAwsService("b2bi", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BACKUP() InterfaceVpcEndpointAwsService {
	return newAwsService("backup", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BACKUP_GATEWAY() InterfaceVpcEndpointAwsService {
	return newAwsService("backup-gateway", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BATCH() InterfaceVpcEndpointAwsService {
	return newAwsService("batch", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_AGENT() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-agent", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_AGENT_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-agent-runtime", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_AGENTCORE() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-agentcore", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_AGENTCORE_GATEWAY() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-agentcore.gateway", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-runtime", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_RUNTIME_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-runtime-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_DATA_AUTOMATION() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-data-automation", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_DATA_AUTOMATION_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-data-automation-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_DATA_AUTOMATION_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-data-automation-runtime", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BEDROCK_DATA_AUTOMATION_RUNTIME_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("bedrock-data-automation-runtime-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BILLING() InterfaceVpcEndpointAwsService {
	return newAwsService("billing", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BILLING_AND_COST_MANAGEMENT_FREETIER() InterfaceVpcEndpointAwsService {
	return newAwsService("freetier", "aws.api", 443, false)
}

func InterfaceVpcEndpointAwsService_BILLING_AND_COST_MANAGEMENT_TAX() InterfaceVpcEndpointAwsService {
	return newAwsService("tax", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BILLING_CONDUCTOR() InterfaceVpcEndpointAwsService {
	return newAwsService("billingconductor", "", 443, false)
}

func InterfaceVpcEndpointAwsService_BRAKET() InterfaceVpcEndpointAwsService {
	return newAwsService("braket", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CERTIFICATE_MANAGER() InterfaceVpcEndpointAwsService {
	return newAwsService("acm", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CERTIFICATE_MANAGER_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("acm-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLEAN_ROOMS() InterfaceVpcEndpointAwsService {
	return newAwsService("cleanrooms", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLEAN_ROOMS_ML() InterfaceVpcEndpointAwsService {
	return newAwsService("cleanrooms-ml", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUD_CONTROL_API() InterfaceVpcEndpointAwsService {
	return newAwsService("cloudcontrolapi", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUD_CONTROL_API_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("cloudcontrolapi-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUD_DIRECTORY() InterfaceVpcEndpointAwsService {
	return newAwsService("clouddirectory", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUD_MAP_DATA_SERVICE_DISCOVERY() InterfaceVpcEndpointAwsService {
	return newAwsService("data-servicediscovery", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUD_MAP_DATA_SERVICE_DISCOVERY_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("data-servicediscovery-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUD_MAP_SERVICE_DISCOVERY() InterfaceVpcEndpointAwsService {
	return newAwsService("servicediscovery", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUD_MAP_SERVICE_DISCOVERY_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("servicediscovery-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDFORMATION() InterfaceVpcEndpointAwsService {
	return newAwsService("cloudformation", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDHSM() InterfaceVpcEndpointAwsService {
	return newAwsService("cloudhsmv2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDTRAIL() InterfaceVpcEndpointAwsService {
	return newAwsService("cloudtrail", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEWHISPERER() InterfaceVpcEndpointAwsService {
	return newAwsService("codewhisperer", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH() InterfaceVpcEndpointAwsService {
	return newAwsService("monitoring", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_APPLICATION_INSIGHTS() InterfaceVpcEndpointAwsService {
	return newAwsService("applicationinsights", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_APPLICATION_SIGNALS() InterfaceVpcEndpointAwsService {
	return newAwsService("application-signals", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_EVENTS() InterfaceVpcEndpointAwsService {
	return newAwsService("events", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_EVIDENTLY() InterfaceVpcEndpointAwsService {
	return newAwsService("evidently", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_EVIDENTLY_DATAPLANE() InterfaceVpcEndpointAwsService {
	return newAwsService("evidently-dataplane", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_LOGS() InterfaceVpcEndpointAwsService {
	return newAwsService("logs", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_MONITORING() InterfaceVpcEndpointAwsService {
	return newAwsService("monitoring", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_NETWORK_MONITOR() InterfaceVpcEndpointAwsService {
	return newAwsService("networkmonitor", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_RUM() InterfaceVpcEndpointAwsService {
	return newAwsService("rum", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_RUM_DATAPLANE() InterfaceVpcEndpointAwsService {
	return newAwsService("rum-dataplane", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_SYNTHETICS() InterfaceVpcEndpointAwsService {
	return newAwsService("synthetics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CLOUDWATCH_SYNTHETICS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("synthetics-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEARTIFACT_API() InterfaceVpcEndpointAwsService {
	return newAwsService("codeartifact.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEARTIFACT_REPOSITORIES() InterfaceVpcEndpointAwsService {
	return newAwsService("codeartifact.repositories", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEBUILD() InterfaceVpcEndpointAwsService {
	return newAwsService("codebuild", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEBUILD_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("codebuild-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODECATALYST() InterfaceVpcEndpointAwsService {
	return newAwsService("codecatalyst", "aws.api.global", 443, true)
}

func InterfaceVpcEndpointAwsService_CODECATALYST_GIT() InterfaceVpcEndpointAwsService {
	return newAwsService("codecatalyst.git", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODECATALYST_PACKAGES() InterfaceVpcEndpointAwsService {
	return newAwsService("codecatalyst.packages", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODECOMMIT() InterfaceVpcEndpointAwsService {
	return newAwsService("codecommit", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODECOMMIT_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("codecommit-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEDEPLOY() InterfaceVpcEndpointAwsService {
	return newAwsService("codedeploy", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEDEPLOY_COMMANDS_SECURE() InterfaceVpcEndpointAwsService {
	return newAwsService("codedeploy-commands-secure", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEGURU_PROFILER() InterfaceVpcEndpointAwsService {
	return newAwsService("codeguru-profiler", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEGURU_REVIEWER() InterfaceVpcEndpointAwsService {
	return newAwsService("codeguru-reviewer", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODEPIPELINE() InterfaceVpcEndpointAwsService {
	return newAwsService("codepipeline", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODESTAR_CONNECTIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("codestar-connections.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODE_CONNECTIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("codeconnections.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COGNITO_IDP() InterfaceVpcEndpointAwsService {
	return newAwsService("cognito-idp", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COGNITO_IDP_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("cognito-idp-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COGNITO_IDENTITY() InterfaceVpcEndpointAwsService {
	return newAwsService("cognito-identity", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COGNITO_IDENTITY_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("cognito-identity-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COMPREHEND() InterfaceVpcEndpointAwsService {
	return newAwsService("comprehend", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COMPREHEND_MEDICAL() InterfaceVpcEndpointAwsService {
	return newAwsService("comprehendmedical", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COMPUTE_OPTIMIZER() InterfaceVpcEndpointAwsService {
	return newAwsService("compute-optimizer", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONFIG() InterfaceVpcEndpointAwsService {
	return newAwsService("config", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONNECT_APP_INTEGRATIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("app-integrations", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONNECT_CASES() InterfaceVpcEndpointAwsService {
	return newAwsService("cases", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONNECT_CONNECT_CAMPAIGNS() InterfaceVpcEndpointAwsService {
	return newAwsService("connect-campaigns", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONNECT_PROFILE() InterfaceVpcEndpointAwsService {
	return newAwsService("profile", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONNECT_VOICEID() InterfaceVpcEndpointAwsService {
	return newAwsService("voiceid", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONNECT_WISDOM() InterfaceVpcEndpointAwsService {
	return newAwsService("wisdom", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CONTROL_CATALOG() InterfaceVpcEndpointAwsService {
	return newAwsService("controlcatalog", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COST_EXPLORER() InterfaceVpcEndpointAwsService {
	return newAwsService("ce", "", 443, false)
}

func InterfaceVpcEndpointAwsService_COST_OPTIMIZATION_HUB() InterfaceVpcEndpointAwsService {
	return newAwsService("cost-optimization-hub", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DATA_EXCHANGE() InterfaceVpcEndpointAwsService {
	return newAwsService("dataexchange", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DATA_EXPORTS() InterfaceVpcEndpointAwsService {
	return newAwsService("bcm-data-exports", "aws.api", 443, false)
}

func InterfaceVpcEndpointAwsService_DATASYNC() InterfaceVpcEndpointAwsService {
	return newAwsService("datasync", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DATAZONE() InterfaceVpcEndpointAwsService {
	return newAwsService("datazone", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DATABASE_MIGRATION_SERVICE() InterfaceVpcEndpointAwsService {
	return newAwsService("dms", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DATABASE_MIGRATION_SERVICE_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("dms-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DEADLINE_CLOUD_MANAGEMENT() InterfaceVpcEndpointAwsService {
	return newAwsService("deadline.management", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DEADLINE_CLOUD_SCHEDULING() InterfaceVpcEndpointAwsService {
	return newAwsService("deadline.scheduling", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DEVOPS_GURU() InterfaceVpcEndpointAwsService {
	return newAwsService("devops-guru", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DIRECTORY_SERVICE() InterfaceVpcEndpointAwsService {
	return newAwsService("ds", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DIRECTORY_SERVICE_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("ds-data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DSQL_MANAGEMENT() InterfaceVpcEndpointAwsService {
	return newAwsService("dsql", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DYNAMODB() InterfaceVpcEndpointAwsService {
	return newAwsService("dynamodb", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DYNAMODB_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("dynamodb-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_DYNAMODB_STREAMS() InterfaceVpcEndpointAwsService {
	return newAwsService("dynamodb-streams", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EBS_DIRECT() InterfaceVpcEndpointAwsService {
	return newAwsService("ebs", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EC2() InterfaceVpcEndpointAwsService {
	return newAwsService("ec2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EC2_MESSAGES() InterfaceVpcEndpointAwsService {
	return newAwsService("ec2messages", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ECR() InterfaceVpcEndpointAwsService {
	return newAwsService("ecr.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ECR_DOCKER() InterfaceVpcEndpointAwsService {
	return newAwsService("ecr.dkr", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ECR_PUBLIC() InterfaceVpcEndpointAwsService {
	return newAwsService("ecr-public.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ECS() InterfaceVpcEndpointAwsService {
	return newAwsService("ecs", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ECS_AGENT() InterfaceVpcEndpointAwsService {
	return newAwsService("ecs-agent", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ECS_TELEMETRY() InterfaceVpcEndpointAwsService {
	return newAwsService("ecs-telemetry", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EKS() InterfaceVpcEndpointAwsService {
	return newAwsService("eks", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EKS_AUTH() InterfaceVpcEndpointAwsService {
	return newAwsService("eks-auth", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EKS_PROXY() InterfaceVpcEndpointAwsService {
	return newAwsService("eks-proxy", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTIC_BEANSTALK() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticbeanstalk", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTIC_BEANSTALK_HEALTH() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticbeanstalk-health", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTIC_DISASTER_RECOVERY() InterfaceVpcEndpointAwsService {
	return newAwsService("drs", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTIC_FILESYSTEM() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticfilesystem", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTIC_FILESYSTEM_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticfilesystem-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTIC_INFERENCE_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("elastic-inference.runtime", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTIC_LOAD_BALANCING() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticloadbalancing", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTICACHE() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticache", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELASTICACHE_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticache-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ELEMENTAL_MEDIACONNECT() InterfaceVpcEndpointAwsService {
	return newAwsService("mediaconnect", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMAIL_SMTP() InterfaceVpcEndpointAwsService {
	return newAwsService("email-smtp", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMAIL() InterfaceVpcEndpointAwsService {
	return newAwsService("email", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMAIL_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("email-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMR() InterfaceVpcEndpointAwsService {
	return newAwsService("elasticmapreduce", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMR_EKS() InterfaceVpcEndpointAwsService {
	return newAwsService("emr-containers", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMR_SERVERLESS() InterfaceVpcEndpointAwsService {
	return newAwsService("emr-serverless", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMR_SERVERLESS_LIVY() InterfaceVpcEndpointAwsService {
	return newAwsService("emr-serverless-services.livy", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMR_SERVERLESS_DASHBOARD() InterfaceVpcEndpointAwsService {
	return newAwsService("emr-serverless.dashboard", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EMR_WAL() InterfaceVpcEndpointAwsService {
	return newAwsService("emrwal.prod", "", 443, false)
}

func InterfaceVpcEndpointAwsService_END_USER_MESSAGING_SOCIAL() InterfaceVpcEndpointAwsService {
	return newAwsService("social-messaging", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ENTITY_RESOLUTION() InterfaceVpcEndpointAwsService {
	return newAwsService("entityresolution", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EVENTBRIDGE() InterfaceVpcEndpointAwsService {
	return newAwsService("events", "", 443, false)
}

func InterfaceVpcEndpointAwsService_EVENTBRIDGE_SCHEMA_REGISTRY() InterfaceVpcEndpointAwsService {
	return newAwsService("schemas", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FAULT_INJECTION_SIMULATOR() InterfaceVpcEndpointAwsService {
	return newAwsService("fis", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FINSPACE() InterfaceVpcEndpointAwsService {
	return newAwsService("finspace", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FINSPACE_API() InterfaceVpcEndpointAwsService {
	return newAwsService("finspace-api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FORECAST() InterfaceVpcEndpointAwsService {
	return newAwsService("forecast", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FORECAST_QUERY() InterfaceVpcEndpointAwsService {
	return newAwsService("forecastquery", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FORECAST_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("forecast-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FORECAST_QUERY_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("forecastquery-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FRAUD_DETECTOR() InterfaceVpcEndpointAwsService {
	return newAwsService("frauddetector", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FSX() InterfaceVpcEndpointAwsService {
	return newAwsService("fsx", "", 443, false)
}

func InterfaceVpcEndpointAwsService_FSX_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("fsx-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODECOMMIT_GIT() InterfaceVpcEndpointAwsService {
	return newAwsService("git-codecommit", "", 443, false)
}

func InterfaceVpcEndpointAwsService_CODECOMMIT_GIT_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("git-codecommit-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GLUE() InterfaceVpcEndpointAwsService {
	return newAwsService("glue", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GLUE_DATABREW() InterfaceVpcEndpointAwsService {
	return newAwsService("databrew", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GLUE_DASHBOARD() InterfaceVpcEndpointAwsService {
	return newAwsService("glue.dashboard", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GRAFANA() InterfaceVpcEndpointAwsService {
	return newAwsService("grafana", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GRAFANA_WORKSPACE() InterfaceVpcEndpointAwsService {
	return newAwsService("grafana-workspace", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GROUNDSTATION() InterfaceVpcEndpointAwsService {
	return newAwsService("groundstation", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GUARDDUTY() InterfaceVpcEndpointAwsService {
	return newAwsService("guardduty", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GUARDDUTY_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("guardduty-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GUARDDUTY_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("guardduty-data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_GUARDDUTY_DATA_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("guardduty-data-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_HEALTH_IMAGING() InterfaceVpcEndpointAwsService {
	return newAwsService("medical-imaging", "", 443, false)
}

func InterfaceVpcEndpointAwsService_HEALTH_IMAGING_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("runtime-medical-imaging", "", 443, false)
}

func InterfaceVpcEndpointAwsService_HEALTH_IMAGING_DICOM() InterfaceVpcEndpointAwsService {
	return newAwsService("dicom-medical-imaging", "", 443, false)
}

func InterfaceVpcEndpointAwsService_HEALTHLAKE() InterfaceVpcEndpointAwsService {
	return newAwsService("healthlake", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IAM() InterfaceVpcEndpointAwsService {
	return newAwsService("iam", "com.amazonaws", 443, true)
}

func InterfaceVpcEndpointAwsService_IAM_IDENTITY_CENTER() InterfaceVpcEndpointAwsService {
	return newAwsService("identitystore", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IAM_ROLES_ANYWHERE() InterfaceVpcEndpointAwsService {
	return newAwsService("rolesanywhere", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IMAGE_BUILDER() InterfaceVpcEndpointAwsService {
	return newAwsService("imagebuilder", "", 443, false)
}

func InterfaceVpcEndpointAwsService_INSPECTOR() InterfaceVpcEndpointAwsService {
	return newAwsService("inspector2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_INSPECTOR_SCAN() InterfaceVpcEndpointAwsService {
	return newAwsService("inspector-scan", "", 443, false)
}

func InterfaceVpcEndpointAwsService_INTERNET_MONITOR() InterfaceVpcEndpointAwsService {
	return newAwsService("internetmonitor", "", 443, false)
}

func InterfaceVpcEndpointAwsService_INTERNET_MONITOR_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("internetmonitor-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_INVOICING() InterfaceVpcEndpointAwsService {
	return newAwsService("invoicing", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_CORE() InterfaceVpcEndpointAwsService {
	return newAwsService("iot.data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_CORE_CREDENTIALS() InterfaceVpcEndpointAwsService {
	return newAwsService("iot.credentials", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_CORE_DEVICE_ADVISOR() InterfaceVpcEndpointAwsService {
	return newAwsService("deviceadvisor.iot", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_CORE_FLEETHUB_API() InterfaceVpcEndpointAwsService {
	return newAwsService("iot.fleethub.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_CORE_FOR_LORAWAN() InterfaceVpcEndpointAwsService {
	return newAwsService("iotwireless.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_FLEETWISE() InterfaceVpcEndpointAwsService {
	return newAwsService("iotfleetwise", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_LORAWAN_CUPS() InterfaceVpcEndpointAwsService {
	return newAwsService("lorawan.cups", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_LORAWAN_LNS() InterfaceVpcEndpointAwsService {
	return newAwsService("lorawan.lns", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_GREENGRASS() InterfaceVpcEndpointAwsService {
	return newAwsService("greengrass", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_ROBORUNNER() InterfaceVpcEndpointAwsService {
	return newAwsService("iotroborunner", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_SITEWISE_API() InterfaceVpcEndpointAwsService {
	return newAwsService("iotsitewise.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_SITEWISE_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("iotsitewise.data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_TWINMAKER_API() InterfaceVpcEndpointAwsService {
	return newAwsService("iottwinmaker.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_IOT_TWINMAKER_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("iottwinmaker.data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KAFKA() InterfaceVpcEndpointAwsService {
	return newAwsService("kafka", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KAFKA_CONNECT() InterfaceVpcEndpointAwsService {
	return newAwsService("kafkaconnect", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KAFKA_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("kafka-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KENDRA() InterfaceVpcEndpointAwsService {
	return newAwsService("kendra", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KENDRA_RANKING() InterfaceVpcEndpointAwsService {
	return newAwsService("kendra-ranking", "aws.api", 443, false)
}

func InterfaceVpcEndpointAwsService_KEYSPACES() InterfaceVpcEndpointAwsService {
	return newAwsService("cassandra", "", 9142, false)
}

func InterfaceVpcEndpointAwsService_KEYSPACES_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("cassandra-fips", "", 9142, false)
}

func InterfaceVpcEndpointAwsService_KINESIS_STREAMS() InterfaceVpcEndpointAwsService {
	return newAwsService("kinesis-streams", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KINESIS_STREAMS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("kinesis-streams-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KINESIS_FIREHOSE() InterfaceVpcEndpointAwsService {
	return newAwsService("kinesis-firehose", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KMS() InterfaceVpcEndpointAwsService {
	return newAwsService("kms", "", 443, false)
}

func InterfaceVpcEndpointAwsService_KMS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("kms-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LAKE_FORMATION() InterfaceVpcEndpointAwsService {
	return newAwsService("lakeformation", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LAUNCH_WIZARD() InterfaceVpcEndpointAwsService {
	return newAwsService("launchwizard", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LAMBDA() InterfaceVpcEndpointAwsService {
	return newAwsService("lambda", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LEX_MODELS() InterfaceVpcEndpointAwsService {
	return newAwsService("models-v2-lex", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LEX_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("runtime-v2-lex", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LICENSE_MANAGER() InterfaceVpcEndpointAwsService {
	return newAwsService("license-manager", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LICENSE_MANAGER_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("license-manager-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LICENSE_MANAGER_LINUX_SUBSCRIPTIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("license-manager-linux-subscriptions", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LICENSE_MANAGER_LINUX_SUBSCRIPTIONS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("license-manager-linux-subscriptions-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LICENSE_MANAGER_USER_SUBSCRIPTIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("license-manager-user-subscriptions", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOCATION_SERVICE_GEOFENCING() InterfaceVpcEndpointAwsService {
	return newAwsService("geo.geofencing", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOCATION_SERVICE_MAPS() InterfaceVpcEndpointAwsService {
	return newAwsService("geo.maps", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOCATION_SERVICE_METADATA() InterfaceVpcEndpointAwsService {
	return newAwsService("geo.metadata", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOCATION_SERVICE_PLACES() InterfaceVpcEndpointAwsService {
	return newAwsService("geo.places", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOCATION_SERVICE_ROUTE() InterfaceVpcEndpointAwsService {
	return newAwsService("geo.routes", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOCATION_SERVICE_TRACKING() InterfaceVpcEndpointAwsService {
	return newAwsService("geo.tracking", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOOKOUT_EQUIPMENT() InterfaceVpcEndpointAwsService {
	return newAwsService("lookoutequipment", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOOKOUT_METRICS() InterfaceVpcEndpointAwsService {
	return newAwsService("lookoutmetrics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_LOOKOUT_VISION() InterfaceVpcEndpointAwsService {
	return newAwsService("lookoutvision", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MAILMANAGER() InterfaceVpcEndpointAwsService {
	return newAwsService("mail-manager", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MAILMANAGER_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("mail-manager-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MAINFRAME_MODERNIZATION() InterfaceVpcEndpointAwsService {
	return newAwsService("m2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MAINFRAME_MODERNIZATION_APP_TEST() InterfaceVpcEndpointAwsService {
	return newAwsService("apptest", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MACIE() InterfaceVpcEndpointAwsService {
	return newAwsService("macie2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MANAGEMENT_CONSOLE() InterfaceVpcEndpointAwsService {
	return newAwsService("console", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MANAGEMENT_CONSOLE_SIGNIN() InterfaceVpcEndpointAwsService {
	return newAwsService("signin", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MANAGED_BLOCKCHAIN_QUERY() InterfaceVpcEndpointAwsService {
	return newAwsService("managedblockchain-query", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MANAGED_BLOCKCHAIN_BITCOIN_MAINNET() InterfaceVpcEndpointAwsService {
	return newAwsService("managedblockchain.bitcoin.mainnet", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MANAGED_BLOCKCHAIN_BITCOIN_TESTNET() InterfaceVpcEndpointAwsService {
	return newAwsService("managedblockchain.bitcoin.testnet", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MEMORY_DB() InterfaceVpcEndpointAwsService {
	return newAwsService("memory-db", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MEMORY_DB_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("memorydb-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MIGRATIONHUB_ORCHESTRATOR() InterfaceVpcEndpointAwsService {
	return newAwsService("migrationhub-orchestrator", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MIGRATIONHUB_REFACTOR_SPACES() InterfaceVpcEndpointAwsService {
	return newAwsService("refactor-spaces", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MIGRATIONHUB_STRATEGY() InterfaceVpcEndpointAwsService {
	return newAwsService("migrationhub-strategy", "", 443, false)
}

func InterfaceVpcEndpointAwsService_MQ() InterfaceVpcEndpointAwsService {
	return newAwsService("mq", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NEPTUNE_ANALYTICS() InterfaceVpcEndpointAwsService {
	return newAwsService("neptune-graph", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NEPTUNE_ANALYTICS_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("neptune-graph-data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NEPTUNE_ANALYTICS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("neptune-graph-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NETWORK_FIREWALL() InterfaceVpcEndpointAwsService {
	return newAwsService("network-firewall", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NETWORK_FIREWALL_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("network-firewall-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NETWORK_FLOW_MONITOR() InterfaceVpcEndpointAwsService {
	return newAwsService("networkflowmonitor", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NETWORK_FLOW_MONITOR_REPORTS() InterfaceVpcEndpointAwsService {
	return newAwsService("networkflowmonitorreports", "", 443, false)
}

func InterfaceVpcEndpointAwsService_NIMBLE_STUDIO() InterfaceVpcEndpointAwsService {
	return newAwsService("nimble", "", 443, false)
}

func InterfaceVpcEndpointAwsService_OBSERVABILITY_ADMIN() InterfaceVpcEndpointAwsService {
	return newAwsService("observabilityadmin", "", 443, false)
}

func InterfaceVpcEndpointAwsService_OUTPOSTS() InterfaceVpcEndpointAwsService {
	return newAwsService("outposts", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ORGANIZATIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("organizations", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ORGANIZATIONS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("organizations-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_OMICS_ANALYTICS() InterfaceVpcEndpointAwsService {
	return newAwsService("analytics-omics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_OMICS_CONTROL_STORAGE() InterfaceVpcEndpointAwsService {
	return newAwsService("control-storage-omics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_OMICS_STORAGE() InterfaceVpcEndpointAwsService {
	return newAwsService("storage-omics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_OMICS_TAGS() InterfaceVpcEndpointAwsService {
	return newAwsService("tags-omics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_OMICS_WORKFLOWS() InterfaceVpcEndpointAwsService {
	return newAwsService("workflows-omics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PANORAMA() InterfaceVpcEndpointAwsService {
	return newAwsService("panorama", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PARALLEL_COMPUTING_SERVICE() InterfaceVpcEndpointAwsService {
	return newAwsService("pcs", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PARALLEL_COMPUTING_SERVICE_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("pcs-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PAYMENT_CRYPTOGRAPHY_CONTROLPLANE() InterfaceVpcEndpointAwsService {
	return newAwsService("payment-cryptography.controlplane", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PAYMENT_CRYTOGRAPHY_DATAPLANE() InterfaceVpcEndpointAwsService {
	return newAwsService("payment-cryptography.dataplane", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PAYMENT_CRYPTOGRAPHY_DATAPLANE() InterfaceVpcEndpointAwsService {
	return newAwsService("payment-cryptography.dataplane", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PERSONALIZE() InterfaceVpcEndpointAwsService {
	return newAwsService("personalize", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PERSONALIZE_EVENTS() InterfaceVpcEndpointAwsService {
	return newAwsService("personalize-events", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PERSONALIZE_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("personalize-runtime", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PINPOINT_V1() InterfaceVpcEndpointAwsService {
	return newAwsService("pinpoint", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PINPOINT() InterfaceVpcEndpointAwsService {
	return newAwsService("pinpoint-sms-voice-v2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PINPOINT_SMS_VOICE_V2() InterfaceVpcEndpointAwsService {
	return newAwsService("pinpoint-sms-voice-v2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PIPES() InterfaceVpcEndpointAwsService {
	return newAwsService("pipes", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PIPES_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("pipes-data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PIPES_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("pipes-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PRICE_LIST() InterfaceVpcEndpointAwsService {
	return newAwsService("pricing.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PRICING_CALCULATOR() InterfaceVpcEndpointAwsService {
	return newAwsService("bcm-pricing-calculator", "", 443, false)
}

func InterfaceVpcEndpointAwsService_POLLY() InterfaceVpcEndpointAwsService {
	return newAwsService("polly", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PRIVATE_5G() InterfaceVpcEndpointAwsService {
	return newAwsService("private-networks", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PRIVATE_CERTIFICATE_AUTHORITY() InterfaceVpcEndpointAwsService {
	return newAwsService("acm-pca", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PRIVATE_CERTIFICATE_AUTHORITY_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("acm-pca-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PRIVATE_CERTIFICATE_AUTHORITY_CONNECTOR_AD() InterfaceVpcEndpointAwsService {
	return newAwsService("pca-connector-ad", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PRIVATE_CERTIFICATE_AUTHORITY_CONNECTOR_SCEP() InterfaceVpcEndpointAwsService {
	return newAwsService("pca-connector-scep", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PROMETHEUS() InterfaceVpcEndpointAwsService {
	return newAwsService("aps", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PROMETHEUS_WORKSPACES() InterfaceVpcEndpointAwsService {
	return newAwsService("aps-workspaces", "", 443, false)
}

func InterfaceVpcEndpointAwsService_PROTON() InterfaceVpcEndpointAwsService {
	return newAwsService("proton", "", 443, false)
}

func InterfaceVpcEndpointAwsService_Q_BUSSINESS() InterfaceVpcEndpointAwsService {
	return newAwsService("qbusiness", "aws.api", 443, false)
}

func InterfaceVpcEndpointAwsService_Q_DEVELOPER() InterfaceVpcEndpointAwsService {
	return newAwsService("q", "", 443, false)
}

func InterfaceVpcEndpointAwsService_Q_DEVELOPER_CODE_WHISPERER() InterfaceVpcEndpointAwsService {
	return newAwsService("codewhisperer", "", 443, false)
}

func InterfaceVpcEndpointAwsService_Q_DEVELOPER_QAPPS() InterfaceVpcEndpointAwsService {
	return newAwsService("qapps", "", 443, false)
}

func InterfaceVpcEndpointAwsService_Q_USER_SUBSCRIPTIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("service.user-subscriptions", "", 443, false)
}

func InterfaceVpcEndpointAwsService_QLDB() InterfaceVpcEndpointAwsService {
	return newAwsService("qldb.session", "", 443, false)
}

func InterfaceVpcEndpointAwsService_QUICKSIGHT_WEBSITE() InterfaceVpcEndpointAwsService {
	return newAwsService("quicksight-website", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RDS() InterfaceVpcEndpointAwsService {
	return newAwsService("rds", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RDS_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("rds-data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RDS_PERFORMANCE_INSIGHTS() InterfaceVpcEndpointAwsService {
	return newAwsService("pi", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RDS_PERFORMANCE_INSIGHTS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("pi-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REDSHIFT() InterfaceVpcEndpointAwsService {
	return newAwsService("redshift", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REDSHIFT_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("redshift-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REDSHIFT_DATA() InterfaceVpcEndpointAwsService {
	return newAwsService("redshift-data", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REDSHIFT_DATA_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("redshift-data-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REDSHIFT_SERVERLESS() InterfaceVpcEndpointAwsService {
	return newAwsService("redshift-serverless", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REDSHIFT_SERVERLESS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("redshift-serverless-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REKOGNITION() InterfaceVpcEndpointAwsService {
	return newAwsService("rekognition", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REKOGNITION_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("rekognition-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REKOGNITION_STREAMING() InterfaceVpcEndpointAwsService {
	return newAwsService("streaming-rekognition", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REKOGNITION_STREAMING_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("streaming-rekognition-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_REPOST_SPACE() InterfaceVpcEndpointAwsService {
	return newAwsService("repostspace", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RESOURCE_ACCESS_MANAGER() InterfaceVpcEndpointAwsService {
	return newAwsService("ram", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RESOURCE_GROUPS() InterfaceVpcEndpointAwsService {
	return newAwsService("resource-groups", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RESOURCE_GROUPS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("resource-groups-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_ROBOMAKER() InterfaceVpcEndpointAwsService {
	return newAwsService("robomaker", "", 443, false)
}

func InterfaceVpcEndpointAwsService_RECYCLE_BIN() InterfaceVpcEndpointAwsService {
	return newAwsService("rbin", "", 443, false)
}

func InterfaceVpcEndpointAwsService_S3() InterfaceVpcEndpointAwsService {
	return newAwsService("s3", "", 443, false)
}

func InterfaceVpcEndpointAwsService_S3_OUTPOSTS() InterfaceVpcEndpointAwsService {
	return newAwsService("s3-outposts", "", 443, false)
}

func InterfaceVpcEndpointAwsService_S3_MULTI_REGION_ACCESS_POINTS() InterfaceVpcEndpointAwsService {
	return newAwsService("s3-global.accesspoint", "com.amazonaws", 443, true)
}

func InterfaceVpcEndpointAwsService_S3_TABLES() InterfaceVpcEndpointAwsService {
	return newAwsService("s3tables", "", 443, false)
}

func InterfaceVpcEndpointAwsService_S3_VECTORS() InterfaceVpcEndpointAwsService {
	return newAwsService("s3vectors", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAVINGS_PLANS() InterfaceVpcEndpointAwsService {
	return newAwsService("savingsplans", "com.amazonaws", 443, true)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_API() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_API_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker.api-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_DATA_SCIENCE_ASSISTANT() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker-data-science-assistant", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_EXPERIMENTS() InterfaceVpcEndpointAwsService {
	return newAwsService("experiments", "aws.sagemaker", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_FEATURESTORE_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker.featurestore-runtime", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_GEOSPATIAL() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker-geospatial", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_METRICS() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker.metrics", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_NOTEBOOK() InterfaceVpcEndpointAwsService {
	return newAwsService("notebook", "aws.sagemaker", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_PARTNER_APP() InterfaceVpcEndpointAwsService {
	return newAwsService("partner-app", "aws.sagemaker", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_RUNTIME() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker.runtime", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_RUNTIME_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("sagemaker.runtime-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SAGEMAKER_STUDIO() InterfaceVpcEndpointAwsService {
	return newAwsService("studio", "aws.sagemaker", 443, false)
}

func InterfaceVpcEndpointAwsService_SECRETS_MANAGER() InterfaceVpcEndpointAwsService {
	return newAwsService("secretsmanager", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SECURITYHUB() InterfaceVpcEndpointAwsService {
	return newAwsService("securityhub", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SECURITYLAKE() InterfaceVpcEndpointAwsService {
	return newAwsService("securitylake", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SECURITYLAKE_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("securitylake-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SERVICE_CATALOG() InterfaceVpcEndpointAwsService {
	return newAwsService("servicecatalog", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SERVICE_CATALOG_APPREGISTRY() InterfaceVpcEndpointAwsService {
	return newAwsService("servicecatalog-appregistry", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SERVER_MIGRATION_SERVICE() InterfaceVpcEndpointAwsService {
	return newAwsService("sms", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SERVER_MIGRATION_SERVICE_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("sms-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SERVER_MIGRATION_SERVICE_AWSCONNECTOR() InterfaceVpcEndpointAwsService {
	return newAwsService("awsconnector", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SERVERLESS_APPLICATION_REPOSITORY() InterfaceVpcEndpointAwsService {
	return newAwsService("serverlessrepo", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SES() InterfaceVpcEndpointAwsService {
	return newAwsService("email-smtp", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SHIELD() InterfaceVpcEndpointAwsService {
	return newAwsService("shield", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SHIELD_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("shield-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SIMSPACE_WEAVER() InterfaceVpcEndpointAwsService {
	return newAwsService("simspaceweaver", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SNOW_DEVICE_MANAGEMENT() InterfaceVpcEndpointAwsService {
	return newAwsService("snow-device-management", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SNS() InterfaceVpcEndpointAwsService {
	return newAwsService("sns", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SQS() InterfaceVpcEndpointAwsService {
	return newAwsService("sqs", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SQS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("sqs-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SSM() InterfaceVpcEndpointAwsService {
	return newAwsService("ssm", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SSM_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("ssm-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SSM_MESSAGES() InterfaceVpcEndpointAwsService {
	return newAwsService("ssmmessages", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SSM_CONTACTS() InterfaceVpcEndpointAwsService {
	return newAwsService("ssm-contacts", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SSM_INCIDENTS() InterfaceVpcEndpointAwsService {
	return newAwsService("ssm-incidents", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SSM_QUICK_SETUP() InterfaceVpcEndpointAwsService {
	return newAwsService("ssm-quicksetup", "", 443, false)
}

func InterfaceVpcEndpointAwsService_STEP_FUNCTIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("states", "", 443, false)
}

func InterfaceVpcEndpointAwsService_STEP_FUNCTIONS_SYNC() InterfaceVpcEndpointAwsService {
	return newAwsService("sync-states", "", 443, false)
}

func InterfaceVpcEndpointAwsService_STORAGE_GATEWAY() InterfaceVpcEndpointAwsService {
	return newAwsService("storagegateway", "", 443, false)
}

func InterfaceVpcEndpointAwsService_STS() InterfaceVpcEndpointAwsService {
	return newAwsService("sts", "", 443, false)
}

func InterfaceVpcEndpointAwsService_STS_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("sts-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SUPPLY_CHAIN() InterfaceVpcEndpointAwsService {
	return newAwsService("scn", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SWF() InterfaceVpcEndpointAwsService {
	return newAwsService("swf", "", 443, false)
}

func InterfaceVpcEndpointAwsService_SWF_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("swf-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TAGGING() InterfaceVpcEndpointAwsService {
	return newAwsService("tagging", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TELCO_NETWORK_BUILDER() InterfaceVpcEndpointAwsService {
	return newAwsService("tnb", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TEXTRACT() InterfaceVpcEndpointAwsService {
	return newAwsService("textract", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TEXTRACT_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("textract-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TIMESTREAM_INFLUXDB() InterfaceVpcEndpointAwsService {
	return newAwsService("timestream-influxdb", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TIMESTREAM_INFLUXDB_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("timestream-influxdb-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TRANSCRIBE() InterfaceVpcEndpointAwsService {
	return newAwsService("transcribe", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TRANSCRIBE_STREAMING() InterfaceVpcEndpointAwsService {
	return newAwsService("transcribestreaming", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TRANSFER() InterfaceVpcEndpointAwsService {
	return newAwsService("transfer", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TRANSFER_SERVER() InterfaceVpcEndpointAwsService {
	return newAwsService("transfer.server", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TRANSLATE() InterfaceVpcEndpointAwsService {
	return newAwsService("translate", "", 443, false)
}

func InterfaceVpcEndpointAwsService_TRUSTED_ADVISOR() InterfaceVpcEndpointAwsService {
	return newAwsService("trustedadvisor", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WAFV2() InterfaceVpcEndpointAwsService {
	return newAwsService("wafv2", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WAFV2_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("wafv2-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WELL_ARCHITECTED_TOOL() InterfaceVpcEndpointAwsService {
	return newAwsService("wellarchitected", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WORKMAIL() InterfaceVpcEndpointAwsService {
	return newAwsService("workmail", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WORKSPACES() InterfaceVpcEndpointAwsService {
	return newAwsService("workspaces", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WORKSPACES_THIN_CLIENT() InterfaceVpcEndpointAwsService {
	return newAwsService("thinclient.api", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WORKSPACES_WEB() InterfaceVpcEndpointAwsService {
	return newAwsService("workspaces-web", "", 443, false)
}

func InterfaceVpcEndpointAwsService_WORKSPACES_WEB_FIPS() InterfaceVpcEndpointAwsService {
	return newAwsService("workspaces-web-fips", "", 443, false)
}

func InterfaceVpcEndpointAwsService_XRAY() InterfaceVpcEndpointAwsService {
	return newAwsService("xray", "", 443, false)
}

func InterfaceVpcEndpointAwsService_VERIFIED_PERMISSIONS() InterfaceVpcEndpointAwsService {
	return newAwsService("verifiedpermissions", "", 443, false)
}

func InterfaceVpcEndpointAwsService_VPC_LATTICE() InterfaceVpcEndpointAwsService {
	return newAwsService("vpc-lattice", "", 443, false)
}

// regionalPrefixServices are, per region, the services whose endpoint
// names there do not start with com.amazonaws.
var regionalPrefixServices = map[string][]string{
	"cn-north-1":      {"application-autoscaling", "appmesh-envoy-management", "athena", "autoscaling", "awsconnector", "backup", "batch", "cassandra", "cloudcontrolapi", "cloudformation", "codedeploy-commands-secure", "databrew", "dms", "ebs", "ec2", "ecr.api", "ecr.dkr", "eks", "elasticache", "elasticbeanstalk", "elasticfilesystem", "elasticfilesystem-fips", "emr-containers", "execute-api", "fsx", "imagebuilder", "iot.data", "iotsitewise.api", "iotsitewise.data", "kinesis-streams", "lambda", "license-manager", "monitoring", "rds", "redshift", "redshift-data", "s3", "sagemaker.api", "sagemaker.featurestore-runtime", "sagemaker.runtime", "securityhub", "servicecatalog", "sms", "sqs", "states", "sts", "sync-states", "synthetics", "transcribe", "transcribestreaming", "transfer", "xray"},
	"cn-northwest-1":  {"account", "application-autoscaling", "appmesh-envoy-management", "athena", "autoscaling", "awsconnector", "backup", "batch", "cassandra", "cloudcontrolapi", "cloudformation", "codedeploy-commands-secure", "databrew", "dms", "ebs", "ec2", "ecr.api", "ecr.dkr", "eks", "elasticache", "elasticbeanstalk", "elasticfilesystem", "elasticfilesystem-fips", "emr-containers", "execute-api", "fsx", "imagebuilder", "iot.data", "kinesis-streams", "lambda", "license-manager", "monitoring", "polly", "rds", "redshift", "redshift-data", "s3", "sagemaker.api", "sagemaker.featurestore-runtime", "sagemaker.runtime", "securityhub", "servicecatalog", "sms", "sqs", "states", "sts", "sync-states", "synthetics", "transcribe", "transcribestreaming", "transfer", "workspaces", "xray"},
	"eusc-de-east-1":  {"ecr.dkr", "ecr.api", "execute-api", "securityhub"},
	"us-iso-east-1":   {"application-autoscaling", "athena", "autoscaling", "comprehend", "diode-messaging", "diode-messaging-proxy", "ebs", "ec2", "ecr.api", "ecr.dkr", "elasticfilesystem", "elasticfilesystem-fips", "execute-api", "sagemaker.api", "sagemaker.runtime", "sns", "sqs", "textract", "textract-fips", "transcribe", "workspaces"},
	"us-iso-west-1":   {"autoscaling", "ebs", "ec2", "ecr.api", "ecr.dkr", "elasticfilesystem", "elasticfilesystem-fips", "execute-api", "monitoring", "sns", "sqs", "workspaces"},
	"us-isob-east-1":  {"application-autoscaling", "autoscaling", "diode-messaging", "diode-messaging-proxy", "ebs", "ec2", "ecr.api", "ecr.dkr", "elasticfilesystem", "elasticfilesystem-fips", "execute-api", "sagemaker.api", "sagemaker.runtime", "sns", "sqs", "workspaces"},
	"us-isob-west-1":  {"ecr.api", "ecr.dkr", "elasticfilesystem-fips", "execute-api"},
	"us-isof-south-1": {"ebs", "ecr.api", "ecr.dkr", "execute-api"},
	"us-isof-east-1":  {"ebs", "ecr.api", "ecr.dkr", "execute-api"},
	"eu-isoe-west-1":  {"ebs", "ecr.api", "ecr.dkr", "execute-api"},
}

// regionalSuffixServices are, per region, the services whose endpoint names end in ".cn".
var regionalSuffixServices = map[string][]string{
	"cn-north-1":     {"transcribe"},
	"cn-northwest-1": {"transcribe"},
}
