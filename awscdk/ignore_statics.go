package awscdk

// The ignore strategies inherit IgnoreStrategy's statics, as in aws-cdk-go.

// PhysicalName carries PhysicalName_GENERATE_IF_NEEDED.
type PhysicalName interface{}

// GlobIgnoreStrategy_Glob is IgnoreStrategy_Glob.
func GlobIgnoreStrategy_Glob(absoluteRootPath *string, patterns *[]*string) GlobIgnoreStrategy {
	return IgnoreStrategy_Glob(absoluteRootPath, patterns)
}

// GlobIgnoreStrategy_Git is IgnoreStrategy_Git.
func GlobIgnoreStrategy_Git(absoluteRootPath *string, patterns *[]*string) GitIgnoreStrategy {
	return IgnoreStrategy_Git(absoluteRootPath, patterns)
}

// GlobIgnoreStrategy_Docker is IgnoreStrategy_Docker.
func GlobIgnoreStrategy_Docker(absoluteRootPath *string, patterns *[]*string) DockerIgnoreStrategy {
	return IgnoreStrategy_Docker(absoluteRootPath, patterns)
}

// GlobIgnoreStrategy_FromCopyOptions is IgnoreStrategy_FromCopyOptions.
func GlobIgnoreStrategy_FromCopyOptions(options *CopyOptions, absoluteRootPath *string) IgnoreStrategy {
	return IgnoreStrategy_FromCopyOptions(options, absoluteRootPath)
}

// GitIgnoreStrategy_Glob is IgnoreStrategy_Glob.
func GitIgnoreStrategy_Glob(absoluteRootPath *string, patterns *[]*string) GlobIgnoreStrategy {
	return IgnoreStrategy_Glob(absoluteRootPath, patterns)
}

// GitIgnoreStrategy_Git is IgnoreStrategy_Git.
func GitIgnoreStrategy_Git(absoluteRootPath *string, patterns *[]*string) GitIgnoreStrategy {
	return IgnoreStrategy_Git(absoluteRootPath, patterns)
}

// GitIgnoreStrategy_Docker is IgnoreStrategy_Docker.
func GitIgnoreStrategy_Docker(absoluteRootPath *string, patterns *[]*string) DockerIgnoreStrategy {
	return IgnoreStrategy_Docker(absoluteRootPath, patterns)
}

// GitIgnoreStrategy_FromCopyOptions is IgnoreStrategy_FromCopyOptions.
func GitIgnoreStrategy_FromCopyOptions(options *CopyOptions, absoluteRootPath *string) IgnoreStrategy {
	return IgnoreStrategy_FromCopyOptions(options, absoluteRootPath)
}

// DockerIgnoreStrategy_Glob is IgnoreStrategy_Glob.
func DockerIgnoreStrategy_Glob(absoluteRootPath *string, patterns *[]*string) GlobIgnoreStrategy {
	return IgnoreStrategy_Glob(absoluteRootPath, patterns)
}

// DockerIgnoreStrategy_Git is IgnoreStrategy_Git.
func DockerIgnoreStrategy_Git(absoluteRootPath *string, patterns *[]*string) GitIgnoreStrategy {
	return IgnoreStrategy_Git(absoluteRootPath, patterns)
}

// DockerIgnoreStrategy_Docker is IgnoreStrategy_Docker.
func DockerIgnoreStrategy_Docker(absoluteRootPath *string, patterns *[]*string) DockerIgnoreStrategy {
	return IgnoreStrategy_Docker(absoluteRootPath, patterns)
}

// DockerIgnoreStrategy_FromCopyOptions is IgnoreStrategy_FromCopyOptions.
func DockerIgnoreStrategy_FromCopyOptions(options *CopyOptions, absoluteRootPath *string) IgnoreStrategy {
	return IgnoreStrategy_FromCopyOptions(options, absoluteRootPath)
}

// FileFingerprintOptions are the options of fingerprinting a file or
// directory (the fields FingerprintOptions shares).
type FileFingerprintOptions struct {
	Exclude        *[]*string        `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks SymlinkFollowMode `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	ExtraHash      *string           `field:"optional" json:"extraHash" yaml:"extraHash"`
}
