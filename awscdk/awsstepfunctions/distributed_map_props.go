package awsstepfunctions

import (
	"github.com/strata-cdk/strata/awscdk/awss3"
)

// DistributedMapProps are the props of the type they name, with aws-cdk-go's fields.
type DistributedMapProps struct {
	Comment                        *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                  QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                      *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign                         *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector                   *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector            *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency          *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency                 *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	InputPath                      *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                     *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	ItemsPath                      *string                 `field:"optional" json:"itemsPath" yaml:"itemsPath"`
	MaxConcurrencyPath             *string                 `field:"optional" json:"maxConcurrencyPath" yaml:"maxConcurrencyPath"`
	ResultPath                     *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector                 *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Outputs                        interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Items                          ProvideItems            `field:"optional" json:"items" yaml:"items"`
	ItemBatcher                    ItemBatcher             `field:"optional" json:"itemBatcher" yaml:"itemBatcher"`
	ItemReader                     IItemReader             `field:"optional" json:"itemReader" yaml:"itemReader"`
	Label                          *string                 `field:"optional" json:"label" yaml:"label"`
	MapExecutionType               StateMachineType        `field:"optional" json:"mapExecutionType" yaml:"mapExecutionType"`
	ResultWriter                   ResultWriter            `field:"optional" json:"resultWriter" yaml:"resultWriter"`
	ResultWriterV2                 ResultWriterV2          `field:"optional" json:"resultWriterV2" yaml:"resultWriterV2"`
	ToleratedFailureCount          *float64                `field:"optional" json:"toleratedFailureCount" yaml:"toleratedFailureCount"`
	ToleratedFailureCountPath      *string                 `field:"optional" json:"toleratedFailureCountPath" yaml:"toleratedFailureCountPath"`
	ToleratedFailurePercentage     *float64                `field:"optional" json:"toleratedFailurePercentage" yaml:"toleratedFailurePercentage"`
	ToleratedFailurePercentagePath *string                 `field:"optional" json:"toleratedFailurePercentagePath" yaml:"toleratedFailurePercentagePath"`
}

// DistributedMapJsonPathProps are the props of the type they name, with aws-cdk-go's fields.
type DistributedMapJsonPathProps struct {
	Comment                        *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                  QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                      *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign                         *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector                   *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector            *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency          *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency                 *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	InputPath                      *string                 `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                     *string                 `field:"optional" json:"outputPath" yaml:"outputPath"`
	ItemsPath                      *string                 `field:"optional" json:"itemsPath" yaml:"itemsPath"`
	MaxConcurrencyPath             *string                 `field:"optional" json:"maxConcurrencyPath" yaml:"maxConcurrencyPath"`
	ResultPath                     *string                 `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector                 *map[string]interface{} `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ItemBatcher                    ItemBatcher             `field:"optional" json:"itemBatcher" yaml:"itemBatcher"`
	ItemReader                     IItemReader             `field:"optional" json:"itemReader" yaml:"itemReader"`
	Label                          *string                 `field:"optional" json:"label" yaml:"label"`
	MapExecutionType               StateMachineType        `field:"optional" json:"mapExecutionType" yaml:"mapExecutionType"`
	ResultWriter                   ResultWriter            `field:"optional" json:"resultWriter" yaml:"resultWriter"`
	ResultWriterV2                 ResultWriterV2          `field:"optional" json:"resultWriterV2" yaml:"resultWriterV2"`
	ToleratedFailureCount          *float64                `field:"optional" json:"toleratedFailureCount" yaml:"toleratedFailureCount"`
	ToleratedFailureCountPath      *string                 `field:"optional" json:"toleratedFailureCountPath" yaml:"toleratedFailureCountPath"`
	ToleratedFailurePercentage     *float64                `field:"optional" json:"toleratedFailurePercentage" yaml:"toleratedFailurePercentage"`
	ToleratedFailurePercentagePath *string                 `field:"optional" json:"toleratedFailurePercentagePath" yaml:"toleratedFailurePercentagePath"`
}

// DistributedMapJsonataProps are the props of the type they name, with aws-cdk-go's fields.
type DistributedMapJsonataProps struct {
	Comment                    *string                 `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage              QueryLanguage           `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                  *string                 `field:"optional" json:"stateName" yaml:"stateName"`
	Assign                     *map[string]interface{} `field:"optional" json:"assign" yaml:"assign"`
	ItemSelector               *map[string]interface{} `field:"optional" json:"itemSelector" yaml:"itemSelector"`
	JsonataItemSelector        *string                 `field:"optional" json:"jsonataItemSelector" yaml:"jsonataItemSelector"`
	JsonataMaxConcurrency      *string                 `field:"optional" json:"jsonataMaxConcurrency" yaml:"jsonataMaxConcurrency"`
	MaxConcurrency             *float64                `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	Outputs                    interface{}             `field:"optional" json:"outputs" yaml:"outputs"`
	Items                      ProvideItems            `field:"optional" json:"items" yaml:"items"`
	ItemBatcher                ItemBatcher             `field:"optional" json:"itemBatcher" yaml:"itemBatcher"`
	ItemReader                 IItemReader             `field:"optional" json:"itemReader" yaml:"itemReader"`
	Label                      *string                 `field:"optional" json:"label" yaml:"label"`
	MapExecutionType           StateMachineType        `field:"optional" json:"mapExecutionType" yaml:"mapExecutionType"`
	ResultWriter               ResultWriter            `field:"optional" json:"resultWriter" yaml:"resultWriter"`
	ResultWriterV2             ResultWriterV2          `field:"optional" json:"resultWriterV2" yaml:"resultWriterV2"`
	ToleratedFailureCount      *float64                `field:"optional" json:"toleratedFailureCount" yaml:"toleratedFailureCount"`
	ToleratedFailurePercentage *float64                `field:"optional" json:"toleratedFailurePercentage" yaml:"toleratedFailurePercentage"`
}

// ItemBatcherProps are the props of the type they name, with aws-cdk-go's fields.
type ItemBatcherProps struct {
	BatchInput                *map[string]interface{} `field:"optional" json:"batchInput" yaml:"batchInput"`
	MaxInputBytesPerBatch     *float64                `field:"optional" json:"maxInputBytesPerBatch" yaml:"maxInputBytesPerBatch"`
	MaxInputBytesPerBatchPath *string                 `field:"optional" json:"maxInputBytesPerBatchPath" yaml:"maxInputBytesPerBatchPath"`
	MaxItemsPerBatch          *float64                `field:"optional" json:"maxItemsPerBatch" yaml:"maxItemsPerBatch"`
	MaxItemsPerBatchPath      *string                 `field:"optional" json:"maxItemsPerBatchPath" yaml:"maxItemsPerBatchPath"`
}

// ItemReaderProps are the props of the type they name, with aws-cdk-go's fields.
type ItemReaderProps struct {
	Bucket         awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	BucketNamePath *string       `field:"optional" json:"bucketNamePath" yaml:"bucketNamePath"`
	MaxItems       *float64      `field:"optional" json:"maxItems" yaml:"maxItems"`
}

// ResultWriterProps are the props of the type they name, with aws-cdk-go's fields.
type ResultWriterProps struct {
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	Prefix *string       `field:"optional" json:"prefix" yaml:"prefix"`
}

// ResultWriterV2Props are the props of the type they name, with aws-cdk-go's fields.
type ResultWriterV2Props struct {
	Bucket         awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	BucketNamePath *string       `field:"optional" json:"bucketNamePath" yaml:"bucketNamePath"`
	Prefix         *string       `field:"optional" json:"prefix" yaml:"prefix"`
	WriterConfig   WriterConfig  `field:"optional" json:"writerConfig" yaml:"writerConfig"`
}

// S3CsvItemReaderProps are the props of the type they name, with aws-cdk-go's fields.
type S3CsvItemReaderProps struct {
	Bucket         awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	BucketNamePath *string       `field:"optional" json:"bucketNamePath" yaml:"bucketNamePath"`
	MaxItems       *float64      `field:"optional" json:"maxItems" yaml:"maxItems"`
	Key            *string       `field:"required" json:"key" yaml:"key"`
	CsvDelimiter   CsvDelimiter  `field:"optional" json:"csvDelimiter" yaml:"csvDelimiter"`
	CsvHeaders     CsvHeaders    `field:"optional" json:"csvHeaders" yaml:"csvHeaders"`
}

// S3FileItemReaderProps are the props of the type they name, with aws-cdk-go's fields.
type S3FileItemReaderProps struct {
	Bucket         awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	BucketNamePath *string       `field:"optional" json:"bucketNamePath" yaml:"bucketNamePath"`
	MaxItems       *float64      `field:"optional" json:"maxItems" yaml:"maxItems"`
	Key            *string       `field:"required" json:"key" yaml:"key"`
}

// S3ObjectsItemReaderProps are the props of the type they name, with aws-cdk-go's fields.
type S3ObjectsItemReaderProps struct {
	Bucket         awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	BucketNamePath *string       `field:"optional" json:"bucketNamePath" yaml:"bucketNamePath"`
	MaxItems       *float64      `field:"optional" json:"maxItems" yaml:"maxItems"`
	Prefix         *string       `field:"optional" json:"prefix" yaml:"prefix"`
}

// WriterConfigProps are the props of the type they name, with aws-cdk-go's fields.
type WriterConfigProps struct {
	OutputType     OutputType     `field:"required" json:"outputType" yaml:"outputType"`
	Transformation Transformation `field:"required" json:"transformation" yaml:"transformation"`
}
