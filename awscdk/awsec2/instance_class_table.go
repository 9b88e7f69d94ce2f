package awsec2

// The instance classes and sizes of aws-cdk-lib 2.276.0 and the prefix each
// class has in an instance type name (InstanceClass_BURSTABLE3 and
// InstanceClass_T3 are both "t3"), taken from aws-cdk-lib's InstanceType.of.

// InstanceClass is the family and generation of an instance type.
type InstanceClass string

// InstanceSize is the size of an instance type within its class.
type InstanceSize string

const (
	InstanceClass_STANDARD3                                    InstanceClass = "STANDARD3"
	InstanceClass_M3                                           InstanceClass = "M3"
	InstanceClass_STANDARD4                                    InstanceClass = "STANDARD4"
	InstanceClass_M4                                           InstanceClass = "M4"
	InstanceClass_STANDARD5                                    InstanceClass = "STANDARD5"
	InstanceClass_M5                                           InstanceClass = "M5"
	InstanceClass_STANDARD5_NVME_DRIVE                         InstanceClass = "STANDARD5_NVME_DRIVE"
	InstanceClass_M5D                                          InstanceClass = "M5D"
	InstanceClass_STANDARD5_AMD                                InstanceClass = "STANDARD5_AMD"
	InstanceClass_M5A                                          InstanceClass = "M5A"
	InstanceClass_STANDARD5_AMD_NVME_DRIVE                     InstanceClass = "STANDARD5_AMD_NVME_DRIVE"
	InstanceClass_M5AD                                         InstanceClass = "M5AD"
	InstanceClass_STANDARD5_HIGH_PERFORMANCE                   InstanceClass = "STANDARD5_HIGH_PERFORMANCE"
	InstanceClass_M5N                                          InstanceClass = "M5N"
	InstanceClass_STANDARD5_NVME_DRIVE_HIGH_PERFORMANCE        InstanceClass = "STANDARD5_NVME_DRIVE_HIGH_PERFORMANCE"
	InstanceClass_M5DN                                         InstanceClass = "M5DN"
	InstanceClass_STANDARD5_HIGH_COMPUTE                       InstanceClass = "STANDARD5_HIGH_COMPUTE"
	InstanceClass_M5ZN                                         InstanceClass = "M5ZN"
	InstanceClass_MEMORY3                                      InstanceClass = "MEMORY3"
	InstanceClass_R3                                           InstanceClass = "R3"
	InstanceClass_MEMORY4                                      InstanceClass = "MEMORY4"
	InstanceClass_R4                                           InstanceClass = "R4"
	InstanceClass_MEMORY5                                      InstanceClass = "MEMORY5"
	InstanceClass_R5                                           InstanceClass = "R5"
	InstanceClass_MEMORY6_AMD                                  InstanceClass = "MEMORY6_AMD"
	InstanceClass_R6A                                          InstanceClass = "R6A"
	InstanceClass_MEMORY6_INTEL                                InstanceClass = "MEMORY6_INTEL"
	InstanceClass_R6I                                          InstanceClass = "R6I"
	InstanceClass_MEMORY6_INTEL_NVME_DRIVE                     InstanceClass = "MEMORY6_INTEL_NVME_DRIVE"
	InstanceClass_R6ID                                         InstanceClass = "R6ID"
	InstanceClass_MEMORY6_INTEL_HIGH_PERFORMANCE               InstanceClass = "MEMORY6_INTEL_HIGH_PERFORMANCE"
	InstanceClass_R6IN                                         InstanceClass = "R6IN"
	InstanceClass_MEMORY6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE    InstanceClass = "MEMORY6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE"
	InstanceClass_R6IDN                                        InstanceClass = "R6IDN"
	InstanceClass_MEMORY5_HIGH_PERFORMANCE                     InstanceClass = "MEMORY5_HIGH_PERFORMANCE"
	InstanceClass_R5N                                          InstanceClass = "R5N"
	InstanceClass_MEMORY5_NVME_DRIVE                           InstanceClass = "MEMORY5_NVME_DRIVE"
	InstanceClass_R5D                                          InstanceClass = "R5D"
	InstanceClass_MEMORY5_NVME_DRIVE_HIGH_PERFORMANCE          InstanceClass = "MEMORY5_NVME_DRIVE_HIGH_PERFORMANCE"
	InstanceClass_R5DN                                         InstanceClass = "R5DN"
	InstanceClass_MEMORY5_AMD                                  InstanceClass = "MEMORY5_AMD"
	InstanceClass_R5A                                          InstanceClass = "R5A"
	InstanceClass_MEMORY5_AMD_NVME_DRIVE                       InstanceClass = "MEMORY5_AMD_NVME_DRIVE"
	InstanceClass_R5AD                                         InstanceClass = "R5AD"
	InstanceClass_HIGH_MEMORY_3TB_1                            InstanceClass = "HIGH_MEMORY_3TB_1"
	InstanceClass_U_3TB1                                       InstanceClass = "U_3TB1"
	InstanceClass_HIGH_MEMORY_6TB_1                            InstanceClass = "HIGH_MEMORY_6TB_1"
	InstanceClass_U_6TB1                                       InstanceClass = "U_6TB1"
	InstanceClass_HIGH_MEMORY_9TB_1                            InstanceClass = "HIGH_MEMORY_9TB_1"
	InstanceClass_U_9TB1                                       InstanceClass = "U_9TB1"
	InstanceClass_HIGH_MEMORY_12TB_1                           InstanceClass = "HIGH_MEMORY_12TB_1"
	InstanceClass_U_12TB1                                      InstanceClass = "U_12TB1"
	InstanceClass_HIGH_MEMORY_18TB_1                           InstanceClass = "HIGH_MEMORY_18TB_1"
	InstanceClass_U_18TB1                                      InstanceClass = "U_18TB1"
	InstanceClass_HIGH_MEMORY_24TB_1                           InstanceClass = "HIGH_MEMORY_24TB_1"
	InstanceClass_U_24TB1                                      InstanceClass = "U_24TB1"
	InstanceClass_HIGH_MEMORY_6TB_7                            InstanceClass = "HIGH_MEMORY_6TB_7"
	InstanceClass_U7I_6TB                                      InstanceClass = "U7I_6TB"
	InstanceClass_HIGH_MEMORY_8TB_7                            InstanceClass = "HIGH_MEMORY_8TB_7"
	InstanceClass_U7I_8TB                                      InstanceClass = "U7I_8TB"
	InstanceClass_HIGH_MEMORY_12TB_7                           InstanceClass = "HIGH_MEMORY_12TB_7"
	InstanceClass_U7I_12TB                                     InstanceClass = "U7I_12TB"
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_16TB_7              InstanceClass = "HIGH_MEMORY_HIGH_NETWORK_16TB_7"
	InstanceClass_U7IN_16TB                                    InstanceClass = "U7IN_16TB"
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_24TB_7              InstanceClass = "HIGH_MEMORY_HIGH_NETWORK_24TB_7"
	InstanceClass_U7IN_24TB                                    InstanceClass = "U7IN_24TB"
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_32TB_7              InstanceClass = "HIGH_MEMORY_HIGH_NETWORK_32TB_7"
	InstanceClass_U7IN_32TB                                    InstanceClass = "U7IN_32TB"
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_HPE_32TB_7          InstanceClass = "HIGH_MEMORY_HIGH_NETWORK_HPE_32TB_7"
	InstanceClass_U7INH_32TB                                   InstanceClass = "U7INH_32TB"
	InstanceClass_MEMORY5_EBS_OPTIMIZED                        InstanceClass = "MEMORY5_EBS_OPTIMIZED"
	InstanceClass_R5B                                          InstanceClass = "R5B"
	InstanceClass_MEMORY6_GRAVITON                             InstanceClass = "MEMORY6_GRAVITON"
	InstanceClass_R6G                                          InstanceClass = "R6G"
	InstanceClass_MEMORY6_GRAVITON2_NVME_DRIVE                 InstanceClass = "MEMORY6_GRAVITON2_NVME_DRIVE"
	InstanceClass_R6GD                                         InstanceClass = "R6GD"
	InstanceClass_MEMORY7_GRAVITON                             InstanceClass = "MEMORY7_GRAVITON"
	InstanceClass_R7G                                          InstanceClass = "R7G"
	InstanceClass_MEMORY7_GRAVITON3_NVME_DRIVE                 InstanceClass = "MEMORY7_GRAVITON3_NVME_DRIVE"
	InstanceClass_R7GD                                         InstanceClass = "R7GD"
	InstanceClass_MEMORY7_INTEL_BASE                           InstanceClass = "MEMORY7_INTEL_BASE"
	InstanceClass_R7I                                          InstanceClass = "R7I"
	InstanceClass_MEMORY7_INTEL                                InstanceClass = "MEMORY7_INTEL"
	InstanceClass_R7IZ                                         InstanceClass = "R7IZ"
	InstanceClass_MEMORY8_INTEL_BASE                           InstanceClass = "MEMORY8_INTEL_BASE"
	InstanceClass_R8I                                          InstanceClass = "R8I"
	InstanceClass_MEMORY8_INTEL_FLEX                           InstanceClass = "MEMORY8_INTEL_FLEX"
	InstanceClass_R8I_FLEX                                     InstanceClass = "R8I_FLEX"
	InstanceClass_MEMORY7_AMD                                  InstanceClass = "MEMORY7_AMD"
	InstanceClass_R7A                                          InstanceClass = "R7A"
	InstanceClass_MEMORY8_AMD                                  InstanceClass = "MEMORY8_AMD"
	InstanceClass_R8A                                          InstanceClass = "R8A"
	InstanceClass_MEMORY8_GRAVITON                             InstanceClass = "MEMORY8_GRAVITON"
	InstanceClass_R8G                                          InstanceClass = "R8G"
	InstanceClass_MEMORY8_GRAVITON4_NVME_DRIVE                 InstanceClass = "MEMORY8_GRAVITON4_NVME_DRIVE"
	InstanceClass_R8GD                                         InstanceClass = "R8GD"
	InstanceClass_MEMORY8_GRAVITON4_HIGH_NETWORK_BANDWIDTH     InstanceClass = "MEMORY8_GRAVITON4_HIGH_NETWORK_BANDWIDTH"
	InstanceClass_R8GN                                         InstanceClass = "R8GN"
	InstanceClass_MEMORY8_GRAVITON4_EBS_OPTIMIZED              InstanceClass = "MEMORY8_GRAVITON4_EBS_OPTIMIZED"
	InstanceClass_R8GB                                         InstanceClass = "R8GB"
	InstanceClass_COMPUTE3                                     InstanceClass = "COMPUTE3"
	InstanceClass_C3                                           InstanceClass = "C3"
	InstanceClass_COMPUTE4                                     InstanceClass = "COMPUTE4"
	InstanceClass_C4                                           InstanceClass = "C4"
	InstanceClass_COMPUTE5                                     InstanceClass = "COMPUTE5"
	InstanceClass_C5                                           InstanceClass = "C5"
	InstanceClass_COMPUTE5_NVME_DRIVE                          InstanceClass = "COMPUTE5_NVME_DRIVE"
	InstanceClass_C5D                                          InstanceClass = "C5D"
	InstanceClass_COMPUTE5_AMD                                 InstanceClass = "COMPUTE5_AMD"
	InstanceClass_C5A                                          InstanceClass = "C5A"
	InstanceClass_COMPUTE5_AMD_NVME_DRIVE                      InstanceClass = "COMPUTE5_AMD_NVME_DRIVE"
	InstanceClass_C5AD                                         InstanceClass = "C5AD"
	InstanceClass_COMPUTE5_HIGH_PERFORMANCE                    InstanceClass = "COMPUTE5_HIGH_PERFORMANCE"
	InstanceClass_C5N                                          InstanceClass = "C5N"
	InstanceClass_COMPUTE6_INTEL                               InstanceClass = "COMPUTE6_INTEL"
	InstanceClass_C6I                                          InstanceClass = "C6I"
	InstanceClass_COMPUTE6_INTEL_NVME_DRIVE                    InstanceClass = "COMPUTE6_INTEL_NVME_DRIVE"
	InstanceClass_C6ID                                         InstanceClass = "C6ID"
	InstanceClass_COMPUTE6_INTEL_HIGH_PERFORMANCE              InstanceClass = "COMPUTE6_INTEL_HIGH_PERFORMANCE"
	InstanceClass_C6IN                                         InstanceClass = "C6IN"
	InstanceClass_COMPUTE6_AMD                                 InstanceClass = "COMPUTE6_AMD"
	InstanceClass_C6A                                          InstanceClass = "C6A"
	InstanceClass_COMPUTE6_GRAVITON2                           InstanceClass = "COMPUTE6_GRAVITON2"
	InstanceClass_C6G                                          InstanceClass = "C6G"
	InstanceClass_COMPUTE7_GRAVITON3                           InstanceClass = "COMPUTE7_GRAVITON3"
	InstanceClass_C7G                                          InstanceClass = "C7G"
	InstanceClass_COMPUTE8_GRAVITON4                           InstanceClass = "COMPUTE8_GRAVITON4"
	InstanceClass_C8G                                          InstanceClass = "C8G"
	InstanceClass_COMPUTE6_GRAVITON2_NVME_DRIVE                InstanceClass = "COMPUTE6_GRAVITON2_NVME_DRIVE"
	InstanceClass_C6GD                                         InstanceClass = "C6GD"
	InstanceClass_COMPUTE7_GRAVITON3_NVME_DRIVE                InstanceClass = "COMPUTE7_GRAVITON3_NVME_DRIVE"
	InstanceClass_C7GD                                         InstanceClass = "C7GD"
	InstanceClass_COMPUTE8_GRAVITON4_NVME_DRIVE                InstanceClass = "COMPUTE8_GRAVITON4_NVME_DRIVE"
	InstanceClass_C8GD                                         InstanceClass = "C8GD"
	InstanceClass_COMPUTE6_GRAVITON2_HIGH_NETWORK_BANDWIDTH    InstanceClass = "COMPUTE6_GRAVITON2_HIGH_NETWORK_BANDWIDTH"
	InstanceClass_C6GN                                         InstanceClass = "C6GN"
	InstanceClass_COMPUTE7_GRAVITON3_HIGH_NETWORK_BANDWIDTH    InstanceClass = "COMPUTE7_GRAVITON3_HIGH_NETWORK_BANDWIDTH"
	InstanceClass_C7GN                                         InstanceClass = "C7GN"
	InstanceClass_COMPUTE8_GRAVITON4_HIGH_NETWORK_BANDWIDTH    InstanceClass = "COMPUTE8_GRAVITON4_HIGH_NETWORK_BANDWIDTH"
	InstanceClass_C8GN                                         InstanceClass = "C8GN"
	InstanceClass_COMPUTE7_INTEL                               InstanceClass = "COMPUTE7_INTEL"
	InstanceClass_C7I                                          InstanceClass = "C7I"
	InstanceClass_COMPUTE7_INTEL_FLEX                          InstanceClass = "COMPUTE7_INTEL_FLEX"
	InstanceClass_C7I_FLEX                                     InstanceClass = "C7I_FLEX"
	InstanceClass_COMPUTE8_INTEL                               InstanceClass = "COMPUTE8_INTEL"
	InstanceClass_C8I                                          InstanceClass = "C8I"
	InstanceClass_COMPUTE8_INTEL_FLEX                          InstanceClass = "COMPUTE8_INTEL_FLEX"
	InstanceClass_C8I_FLEX                                     InstanceClass = "C8I_FLEX"
	InstanceClass_COMPUTE7_AMD                                 InstanceClass = "COMPUTE7_AMD"
	InstanceClass_C7A                                          InstanceClass = "C7A"
	InstanceClass_COMPUTE8_AMD                                 InstanceClass = "COMPUTE8_AMD"
	InstanceClass_C8A                                          InstanceClass = "C8A"
	InstanceClass_STORAGE2                                     InstanceClass = "STORAGE2"
	InstanceClass_D2                                           InstanceClass = "D2"
	InstanceClass_STORAGE3                                     InstanceClass = "STORAGE3"
	InstanceClass_D3                                           InstanceClass = "D3"
	InstanceClass_STORAGE3_ENHANCED_NETWORK                    InstanceClass = "STORAGE3_ENHANCED_NETWORK"
	InstanceClass_D3EN                                         InstanceClass = "D3EN"
	InstanceClass_STORAGE_COMPUTE_1                            InstanceClass = "STORAGE_COMPUTE_1"
	InstanceClass_H1                                           InstanceClass = "H1"
	InstanceClass_TRAINING_ACCELERATOR1                        InstanceClass = "TRAINING_ACCELERATOR1"
	InstanceClass_TRN1                                         InstanceClass = "TRN1"
	InstanceClass_TRAINING_ACCELERATOR1_ENHANCED_NETWORK       InstanceClass = "TRAINING_ACCELERATOR1_ENHANCED_NETWORK"
	InstanceClass_TRN1N                                        InstanceClass = "TRN1N"
	InstanceClass_TRAINING_ACCELERATOR2                        InstanceClass = "TRAINING_ACCELERATOR2"
	InstanceClass_TRN2                                         InstanceClass = "TRN2"
	InstanceClass_TRAINING_ACCELERATOR2_ULTRASERVER            InstanceClass = "TRAINING_ACCELERATOR2_ULTRASERVER"
	InstanceClass_TRN2U                                        InstanceClass = "TRN2U"
	InstanceClass_IO3                                          InstanceClass = "IO3"
	InstanceClass_I3                                           InstanceClass = "I3"
	InstanceClass_IO3_DENSE_NVME_DRIVE                         InstanceClass = "IO3_DENSE_NVME_DRIVE"
	InstanceClass_I3EN                                         InstanceClass = "I3EN"
	InstanceClass_IO4_INTEL                                    InstanceClass = "IO4_INTEL"
	InstanceClass_I4I                                          InstanceClass = "I4I"
	InstanceClass_STORAGE4_GRAVITON                            InstanceClass = "STORAGE4_GRAVITON"
	InstanceClass_I4G                                          InstanceClass = "I4G"
	InstanceClass_STORAGE4_GRAVITON_NETWORK_OPTIMIZED          InstanceClass = "STORAGE4_GRAVITON_NETWORK_OPTIMIZED"
	InstanceClass_IM4GN                                        InstanceClass = "IM4GN"
	InstanceClass_STORAGE4_GRAVITON_NETWORK_STORAGE_OPTIMIZED  InstanceClass = "STORAGE4_GRAVITON_NETWORK_STORAGE_OPTIMIZED"
	InstanceClass_IS4GEN                                       InstanceClass = "IS4GEN"
	InstanceClass_STORAGE7_INTEL_STORAGE_OPTIMIZED             InstanceClass = "STORAGE7_INTEL_STORAGE_OPTIMIZED"
	InstanceClass_I7IE                                         InstanceClass = "I7IE"
	InstanceClass_IO7_INTEL                                    InstanceClass = "IO7_INTEL"
	InstanceClass_I7I                                          InstanceClass = "I7I"
	InstanceClass_STORAGE8_GRAVITON                            InstanceClass = "STORAGE8_GRAVITON"
	InstanceClass_I8G                                          InstanceClass = "I8G"
	InstanceClass_STORAGE8_GRAVITON_STORAGE_OPTIMIZED          InstanceClass = "STORAGE8_GRAVITON_STORAGE_OPTIMIZED"
	InstanceClass_I8GE                                         InstanceClass = "I8GE"
	InstanceClass_BURSTABLE2                                   InstanceClass = "BURSTABLE2"
	InstanceClass_T2                                           InstanceClass = "T2"
	InstanceClass_BURSTABLE3                                   InstanceClass = "BURSTABLE3"
	InstanceClass_T3                                           InstanceClass = "T3"
	InstanceClass_BURSTABLE3_AMD                               InstanceClass = "BURSTABLE3_AMD"
	InstanceClass_T3A                                          InstanceClass = "T3A"
	InstanceClass_BURSTABLE4_GRAVITON                          InstanceClass = "BURSTABLE4_GRAVITON"
	InstanceClass_T4G                                          InstanceClass = "T4G"
	InstanceClass_MEMORY_INTENSIVE_1                           InstanceClass = "MEMORY_INTENSIVE_1"
	InstanceClass_X1                                           InstanceClass = "X1"
	InstanceClass_MEMORY_INTENSIVE_1_EXTENDED                  InstanceClass = "MEMORY_INTENSIVE_1_EXTENDED"
	InstanceClass_X1E                                          InstanceClass = "X1E"
	InstanceClass_MEMORY_INTENSIVE_2_GRAVITON2                 InstanceClass = "MEMORY_INTENSIVE_2_GRAVITON2"
	InstanceClass_X2G                                          InstanceClass = "X2G"
	InstanceClass_MEMORY_INTENSIVE_2_GRAVITON2_NVME_DRIVE      InstanceClass = "MEMORY_INTENSIVE_2_GRAVITON2_NVME_DRIVE"
	InstanceClass_X2GD                                         InstanceClass = "X2GD"
	InstanceClass_MEMORY_INTENSIVE_2_XT_INTEL                  InstanceClass = "MEMORY_INTENSIVE_2_XT_INTEL"
	InstanceClass_X2IEDN                                       InstanceClass = "X2IEDN"
	InstanceClass_MEMORY_INTENSIVE_2_INTEL                     InstanceClass = "MEMORY_INTENSIVE_2_INTEL"
	InstanceClass_X2IDN                                        InstanceClass = "X2IDN"
	InstanceClass_MEMORY_INTENSIVE_2_XTZ_INTEL                 InstanceClass = "MEMORY_INTENSIVE_2_XTZ_INTEL"
	InstanceClass_X2IEZN                                       InstanceClass = "X2IEZN"
	InstanceClass_MEMORY_INTENSIVE_8_GRAVITON                  InstanceClass = "MEMORY_INTENSIVE_8_GRAVITON"
	InstanceClass_X8G                                          InstanceClass = "X8G"
	InstanceClass_FPGA1                                        InstanceClass = "FPGA1"
	InstanceClass_F1                                           InstanceClass = "F1"
	InstanceClass_FPGA2                                        InstanceClass = "FPGA2"
	InstanceClass_F2                                           InstanceClass = "F2"
	InstanceClass_GRAPHICS3_SMALL                              InstanceClass = "GRAPHICS3_SMALL"
	InstanceClass_G3S                                          InstanceClass = "G3S"
	InstanceClass_GRAPHICS3                                    InstanceClass = "GRAPHICS3"
	InstanceClass_G3                                           InstanceClass = "G3"
	InstanceClass_GRAPHICS4_NVME_DRIVE_HIGH_PERFORMANCE        InstanceClass = "GRAPHICS4_NVME_DRIVE_HIGH_PERFORMANCE"
	InstanceClass_G4DN                                         InstanceClass = "G4DN"
	InstanceClass_GRAPHICS4_AMD_NVME_DRIVE                     InstanceClass = "GRAPHICS4_AMD_NVME_DRIVE"
	InstanceClass_G4AD                                         InstanceClass = "G4AD"
	InstanceClass_GRAPHICS5                                    InstanceClass = "GRAPHICS5"
	InstanceClass_G5                                           InstanceClass = "G5"
	InstanceClass_GRAPHICS5_GRAVITON2                          InstanceClass = "GRAPHICS5_GRAVITON2"
	InstanceClass_G5G                                          InstanceClass = "G5G"
	InstanceClass_GRAPHICS6                                    InstanceClass = "GRAPHICS6"
	InstanceClass_G6                                           InstanceClass = "G6"
	InstanceClass_GRAPHICS6_EFFICIENT                          InstanceClass = "GRAPHICS6_EFFICIENT"
	InstanceClass_G6E                                          InstanceClass = "G6E"
	InstanceClass_GRAPHICS7_EFFICIENT                          InstanceClass = "GRAPHICS7_EFFICIENT"
	InstanceClass_G7E                                          InstanceClass = "G7E"
	InstanceClass_GRAPHICS_RAM_6                               InstanceClass = "GRAPHICS_RAM_6"
	InstanceClass_GR6                                          InstanceClass = "GR6"
	InstanceClass_PARALLEL2                                    InstanceClass = "PARALLEL2"
	InstanceClass_P2                                           InstanceClass = "P2"
	InstanceClass_PARALLEL3                                    InstanceClass = "PARALLEL3"
	InstanceClass_P3                                           InstanceClass = "P3"
	InstanceClass_PARALLEL3_NVME_DRIVE_HIGH_PERFORMANCE        InstanceClass = "PARALLEL3_NVME_DRIVE_HIGH_PERFORMANCE"
	InstanceClass_P3DN                                         InstanceClass = "P3DN"
	InstanceClass_PARALLEL4_NVME_DRIVE_EXTENDED                InstanceClass = "PARALLEL4_NVME_DRIVE_EXTENDED"
	InstanceClass_P4DE                                         InstanceClass = "P4DE"
	InstanceClass_PARALLEL4                                    InstanceClass = "PARALLEL4"
	InstanceClass_P4D                                          InstanceClass = "P4D"
	InstanceClass_PARALLEL5                                    InstanceClass = "PARALLEL5"
	InstanceClass_P5                                           InstanceClass = "P5"
	InstanceClass_PARALLEL5_EXTENDED                           InstanceClass = "PARALLEL5_EXTENDED"
	InstanceClass_P5E                                          InstanceClass = "P5E"
	InstanceClass_PARALLEL5_EXTENDED_NETWORK                   InstanceClass = "PARALLEL5_EXTENDED_NETWORK"
	InstanceClass_P5EN                                         InstanceClass = "P5EN"
	InstanceClass_ARM1                                         InstanceClass = "ARM1"
	InstanceClass_A1                                           InstanceClass = "A1"
	InstanceClass_STANDARD6_GRAVITON                           InstanceClass = "STANDARD6_GRAVITON"
	InstanceClass_M6G                                          InstanceClass = "M6G"
	InstanceClass_STANDARD6_INTEL                              InstanceClass = "STANDARD6_INTEL"
	InstanceClass_M6I                                          InstanceClass = "M6I"
	InstanceClass_STANDARD6_INTEL_NVME_DRIVE                   InstanceClass = "STANDARD6_INTEL_NVME_DRIVE"
	InstanceClass_M6ID                                         InstanceClass = "M6ID"
	InstanceClass_STANDARD6_INTEL_HIGH_PERFORMANCE             InstanceClass = "STANDARD6_INTEL_HIGH_PERFORMANCE"
	InstanceClass_M6IN                                         InstanceClass = "M6IN"
	InstanceClass_STANDARD6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE  InstanceClass = "STANDARD6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE"
	InstanceClass_M6IDN                                        InstanceClass = "M6IDN"
	InstanceClass_STANDARD6_AMD                                InstanceClass = "STANDARD6_AMD"
	InstanceClass_M6A                                          InstanceClass = "M6A"
	InstanceClass_STANDARD6_GRAVITON2_NVME_DRIVE               InstanceClass = "STANDARD6_GRAVITON2_NVME_DRIVE"
	InstanceClass_M6GD                                         InstanceClass = "M6GD"
	InstanceClass_STANDARD7_GRAVITON                           InstanceClass = "STANDARD7_GRAVITON"
	InstanceClass_M7G                                          InstanceClass = "M7G"
	InstanceClass_STANDARD8_GRAVITON                           InstanceClass = "STANDARD8_GRAVITON"
	InstanceClass_M8G                                          InstanceClass = "M8G"
	InstanceClass_STANDARD7_GRAVITON3_NVME_DRIVE               InstanceClass = "STANDARD7_GRAVITON3_NVME_DRIVE"
	InstanceClass_M7GD                                         InstanceClass = "M7GD"
	InstanceClass_STANDARD8_GRAVITON4_NVME_DRIVE               InstanceClass = "STANDARD8_GRAVITON4_NVME_DRIVE"
	InstanceClass_M8GD                                         InstanceClass = "M8GD"
	InstanceClass_STANDARD8_INTEL                              InstanceClass = "STANDARD8_INTEL"
	InstanceClass_M8I                                          InstanceClass = "M8I"
	InstanceClass_STANDARD8_INTEL_FLEX                         InstanceClass = "STANDARD8_INTEL_FLEX"
	InstanceClass_M8I_FLEX                                     InstanceClass = "M8I_FLEX"
	InstanceClass_STANDARD7_INTEL                              InstanceClass = "STANDARD7_INTEL"
	InstanceClass_M7I                                          InstanceClass = "M7I"
	InstanceClass_STANDARD7_INTEL_FLEX                         InstanceClass = "STANDARD7_INTEL_FLEX"
	InstanceClass_M7I_FLEX                                     InstanceClass = "M7I_FLEX"
	InstanceClass_STANDARD7_AMD                                InstanceClass = "STANDARD7_AMD"
	InstanceClass_M7A                                          InstanceClass = "M7A"
	InstanceClass_STANDARD8_AMD                                InstanceClass = "STANDARD8_AMD"
	InstanceClass_M8A                                          InstanceClass = "M8A"
	InstanceClass_STANDARD9_GRAVITON                           InstanceClass = "STANDARD9_GRAVITON"
	InstanceClass_M9G                                          InstanceClass = "M9G"
	InstanceClass_HIGH_COMPUTE_MEMORY1                         InstanceClass = "HIGH_COMPUTE_MEMORY1"
	InstanceClass_Z1D                                          InstanceClass = "Z1D"
	InstanceClass_INFERENCE1                                   InstanceClass = "INFERENCE1"
	InstanceClass_INF1                                         InstanceClass = "INF1"
	InstanceClass_INFERENCE2                                   InstanceClass = "INFERENCE2"
	InstanceClass_INF2                                         InstanceClass = "INF2"
	InstanceClass_MACINTOSH1_INTEL                             InstanceClass = "MACINTOSH1_INTEL"
	InstanceClass_MAC1                                         InstanceClass = "MAC1"
	InstanceClass_MACINTOSH2_M1                                InstanceClass = "MACINTOSH2_M1"
	InstanceClass_MAC2                                         InstanceClass = "MAC2"
	InstanceClass_MACINTOSH2_M2                                InstanceClass = "MACINTOSH2_M2"
	InstanceClass_MAC2_M2                                      InstanceClass = "MAC2_M2"
	InstanceClass_MACINTOSH2_M2_PRO                            InstanceClass = "MACINTOSH2_M2_PRO"
	InstanceClass_MAC2_M2PRO                                   InstanceClass = "MAC2_M2PRO"
	InstanceClass_MACINTOSH2_M1_ULTRA                          InstanceClass = "MACINTOSH2_M1_ULTRA"
	InstanceClass_MAC2_M1ULTRA                                 InstanceClass = "MAC2_M1ULTRA"
	InstanceClass_VIDEO_TRANSCODING1                           InstanceClass = "VIDEO_TRANSCODING1"
	InstanceClass_VT1                                          InstanceClass = "VT1"
	InstanceClass_HIGH_PERFORMANCE_COMPUTING6_AMD              InstanceClass = "HIGH_PERFORMANCE_COMPUTING6_AMD"
	InstanceClass_HPC6A                                        InstanceClass = "HPC6A"
	InstanceClass_HIGH_PERFORMANCE_COMPUTING6_INTEL_NVME_DRIVE InstanceClass = "HIGH_PERFORMANCE_COMPUTING6_INTEL_NVME_DRIVE"
	InstanceClass_HPC6ID                                       InstanceClass = "HPC6ID"
	InstanceClass_HIGH_PERFORMANCE_COMPUTING7_AMD              InstanceClass = "HIGH_PERFORMANCE_COMPUTING7_AMD"
	InstanceClass_HPC7A                                        InstanceClass = "HPC7A"
	InstanceClass_HIGH_PERFORMANCE_COMPUTING7_GRAVITON         InstanceClass = "HIGH_PERFORMANCE_COMPUTING7_GRAVITON"
	InstanceClass_HPC7G                                        InstanceClass = "HPC7G"
	InstanceClass_DEEP_LEARNING1                               InstanceClass = "DEEP_LEARNING1"
	InstanceClass_DL1                                          InstanceClass = "DL1"
	InstanceClass_DEEP_LEARNING2_QUALCOMM                      InstanceClass = "DEEP_LEARNING2_QUALCOMM"
	InstanceClass_DL2Q                                         InstanceClass = "DL2Q"
)

const (
	InstanceSize_NANO          InstanceSize = "NANO"
	InstanceSize_MICRO         InstanceSize = "MICRO"
	InstanceSize_SMALL         InstanceSize = "SMALL"
	InstanceSize_MEDIUM        InstanceSize = "MEDIUM"
	InstanceSize_LARGE         InstanceSize = "LARGE"
	InstanceSize_XLARGE        InstanceSize = "XLARGE"
	InstanceSize_XLARGE2       InstanceSize = "XLARGE2"
	InstanceSize_XLARGE3       InstanceSize = "XLARGE3"
	InstanceSize_XLARGE4       InstanceSize = "XLARGE4"
	InstanceSize_XLARGE6       InstanceSize = "XLARGE6"
	InstanceSize_XLARGE8       InstanceSize = "XLARGE8"
	InstanceSize_XLARGE9       InstanceSize = "XLARGE9"
	InstanceSize_XLARGE10      InstanceSize = "XLARGE10"
	InstanceSize_XLARGE12      InstanceSize = "XLARGE12"
	InstanceSize_XLARGE16      InstanceSize = "XLARGE16"
	InstanceSize_XLARGE18      InstanceSize = "XLARGE18"
	InstanceSize_XLARGE24      InstanceSize = "XLARGE24"
	InstanceSize_XLARGE32      InstanceSize = "XLARGE32"
	InstanceSize_XLARGE48      InstanceSize = "XLARGE48"
	InstanceSize_XLARGE56      InstanceSize = "XLARGE56"
	InstanceSize_XLARGE96      InstanceSize = "XLARGE96"
	InstanceSize_XLARGE112     InstanceSize = "XLARGE112"
	InstanceSize_XLARGE224     InstanceSize = "XLARGE224"
	InstanceSize_XLARGE480     InstanceSize = "XLARGE480"
	InstanceSize_METAL         InstanceSize = "METAL"
	InstanceSize_XLARGE16METAL InstanceSize = "XLARGE16METAL"
	InstanceSize_XLARGE24METAL InstanceSize = "XLARGE24METAL"
	InstanceSize_XLARGE32METAL InstanceSize = "XLARGE32METAL"
	InstanceSize_XLARGE48METAL InstanceSize = "XLARGE48METAL"
)

// instanceClassPrefix maps each class to its instance type prefix.
var instanceClassPrefix = map[InstanceClass]string{
	InstanceClass_STANDARD3:                                    "m3",
	InstanceClass_M3:                                           "m3",
	InstanceClass_STANDARD4:                                    "m4",
	InstanceClass_M4:                                           "m4",
	InstanceClass_STANDARD5:                                    "m5",
	InstanceClass_M5:                                           "m5",
	InstanceClass_STANDARD5_NVME_DRIVE:                         "m5d",
	InstanceClass_M5D:                                          "m5d",
	InstanceClass_STANDARD5_AMD:                                "m5a",
	InstanceClass_M5A:                                          "m5a",
	InstanceClass_STANDARD5_AMD_NVME_DRIVE:                     "m5ad",
	InstanceClass_M5AD:                                         "m5ad",
	InstanceClass_STANDARD5_HIGH_PERFORMANCE:                   "m5n",
	InstanceClass_M5N:                                          "m5n",
	InstanceClass_STANDARD5_NVME_DRIVE_HIGH_PERFORMANCE:        "m5dn",
	InstanceClass_M5DN:                                         "m5dn",
	InstanceClass_STANDARD5_HIGH_COMPUTE:                       "m5zn",
	InstanceClass_M5ZN:                                         "m5zn",
	InstanceClass_MEMORY3:                                      "r3",
	InstanceClass_R3:                                           "r3",
	InstanceClass_MEMORY4:                                      "r4",
	InstanceClass_R4:                                           "r4",
	InstanceClass_MEMORY5:                                      "r5",
	InstanceClass_R5:                                           "r5",
	InstanceClass_MEMORY6_AMD:                                  "r6a",
	InstanceClass_R6A:                                          "r6a",
	InstanceClass_MEMORY6_INTEL:                                "r6i",
	InstanceClass_R6I:                                          "r6i",
	InstanceClass_MEMORY6_INTEL_NVME_DRIVE:                     "r6id",
	InstanceClass_R6ID:                                         "r6id",
	InstanceClass_MEMORY6_INTEL_HIGH_PERFORMANCE:               "r6in",
	InstanceClass_R6IN:                                         "r6in",
	InstanceClass_MEMORY6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE:    "r6idn",
	InstanceClass_R6IDN:                                        "r6idn",
	InstanceClass_MEMORY5_HIGH_PERFORMANCE:                     "r5n",
	InstanceClass_R5N:                                          "r5n",
	InstanceClass_MEMORY5_NVME_DRIVE:                           "r5d",
	InstanceClass_R5D:                                          "r5d",
	InstanceClass_MEMORY5_NVME_DRIVE_HIGH_PERFORMANCE:          "r5dn",
	InstanceClass_R5DN:                                         "r5dn",
	InstanceClass_MEMORY5_AMD:                                  "r5a",
	InstanceClass_R5A:                                          "r5a",
	InstanceClass_MEMORY5_AMD_NVME_DRIVE:                       "r5ad",
	InstanceClass_R5AD:                                         "r5ad",
	InstanceClass_HIGH_MEMORY_3TB_1:                            "u-3tb1",
	InstanceClass_U_3TB1:                                       "u-3tb1",
	InstanceClass_HIGH_MEMORY_6TB_1:                            "u-6tb1",
	InstanceClass_U_6TB1:                                       "u-6tb1",
	InstanceClass_HIGH_MEMORY_9TB_1:                            "u-9tb1",
	InstanceClass_U_9TB1:                                       "u-9tb1",
	InstanceClass_HIGH_MEMORY_12TB_1:                           "u-12tb1",
	InstanceClass_U_12TB1:                                      "u-12tb1",
	InstanceClass_HIGH_MEMORY_18TB_1:                           "u-18tb1",
	InstanceClass_U_18TB1:                                      "u-18tb1",
	InstanceClass_HIGH_MEMORY_24TB_1:                           "u-24tb1",
	InstanceClass_U_24TB1:                                      "u-24tb1",
	InstanceClass_HIGH_MEMORY_6TB_7:                            "u7i-6tb",
	InstanceClass_U7I_6TB:                                      "u7i-6tb",
	InstanceClass_HIGH_MEMORY_8TB_7:                            "u7i-8tb",
	InstanceClass_U7I_8TB:                                      "u7i-8tb",
	InstanceClass_HIGH_MEMORY_12TB_7:                           "u7i-12tb",
	InstanceClass_U7I_12TB:                                     "u7i-12tb",
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_16TB_7:              "u7in-16tb",
	InstanceClass_U7IN_16TB:                                    "u7in-16tb",
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_24TB_7:              "u7in-24tb",
	InstanceClass_U7IN_24TB:                                    "u7in-24tb",
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_32TB_7:              "u7in-32tb",
	InstanceClass_U7IN_32TB:                                    "u7in-32tb",
	InstanceClass_HIGH_MEMORY_HIGH_NETWORK_HPE_32TB_7:          "u7inh-32tb",
	InstanceClass_U7INH_32TB:                                   "u7inh-32tb",
	InstanceClass_MEMORY5_EBS_OPTIMIZED:                        "r5b",
	InstanceClass_R5B:                                          "r5b",
	InstanceClass_MEMORY6_GRAVITON:                             "r6g",
	InstanceClass_R6G:                                          "r6g",
	InstanceClass_MEMORY6_GRAVITON2_NVME_DRIVE:                 "r6gd",
	InstanceClass_R6GD:                                         "r6gd",
	InstanceClass_MEMORY7_GRAVITON:                             "r7g",
	InstanceClass_R7G:                                          "r7g",
	InstanceClass_MEMORY7_GRAVITON3_NVME_DRIVE:                 "r7gd",
	InstanceClass_R7GD:                                         "r7gd",
	InstanceClass_MEMORY7_INTEL_BASE:                           "r7i",
	InstanceClass_R7I:                                          "r7i",
	InstanceClass_MEMORY7_INTEL:                                "r7iz",
	InstanceClass_R7IZ:                                         "r7iz",
	InstanceClass_MEMORY8_INTEL_BASE:                           "r8i",
	InstanceClass_R8I:                                          "r8i",
	InstanceClass_MEMORY8_INTEL_FLEX:                           "r8i-flex",
	InstanceClass_R8I_FLEX:                                     "r8i-flex",
	InstanceClass_MEMORY7_AMD:                                  "r7a",
	InstanceClass_R7A:                                          "r7a",
	InstanceClass_MEMORY8_AMD:                                  "r8a",
	InstanceClass_R8A:                                          "r8a",
	InstanceClass_MEMORY8_GRAVITON:                             "r8g",
	InstanceClass_R8G:                                          "r8g",
	InstanceClass_MEMORY8_GRAVITON4_NVME_DRIVE:                 "r8gd",
	InstanceClass_R8GD:                                         "r8gd",
	InstanceClass_MEMORY8_GRAVITON4_HIGH_NETWORK_BANDWIDTH:     "r8gn",
	InstanceClass_R8GN:                                         "r8gn",
	InstanceClass_MEMORY8_GRAVITON4_EBS_OPTIMIZED:              "r8gb",
	InstanceClass_R8GB:                                         "r8gb",
	InstanceClass_COMPUTE3:                                     "c3",
	InstanceClass_C3:                                           "c3",
	InstanceClass_COMPUTE4:                                     "c4",
	InstanceClass_C4:                                           "c4",
	InstanceClass_COMPUTE5:                                     "c5",
	InstanceClass_C5:                                           "c5",
	InstanceClass_COMPUTE5_NVME_DRIVE:                          "c5d",
	InstanceClass_C5D:                                          "c5d",
	InstanceClass_COMPUTE5_AMD:                                 "c5a",
	InstanceClass_C5A:                                          "c5a",
	InstanceClass_COMPUTE5_AMD_NVME_DRIVE:                      "c5ad",
	InstanceClass_C5AD:                                         "c5ad",
	InstanceClass_COMPUTE5_HIGH_PERFORMANCE:                    "c5n",
	InstanceClass_C5N:                                          "c5n",
	InstanceClass_COMPUTE6_INTEL:                               "c6i",
	InstanceClass_C6I:                                          "c6i",
	InstanceClass_COMPUTE6_INTEL_NVME_DRIVE:                    "c6id",
	InstanceClass_C6ID:                                         "c6id",
	InstanceClass_COMPUTE6_INTEL_HIGH_PERFORMANCE:              "c6in",
	InstanceClass_C6IN:                                         "c6in",
	InstanceClass_COMPUTE6_AMD:                                 "c6a",
	InstanceClass_C6A:                                          "c6a",
	InstanceClass_COMPUTE6_GRAVITON2:                           "c6g",
	InstanceClass_C6G:                                          "c6g",
	InstanceClass_COMPUTE7_GRAVITON3:                           "c7g",
	InstanceClass_C7G:                                          "c7g",
	InstanceClass_COMPUTE8_GRAVITON4:                           "c8g",
	InstanceClass_C8G:                                          "c8g",
	InstanceClass_COMPUTE6_GRAVITON2_NVME_DRIVE:                "c6gd",
	InstanceClass_C6GD:                                         "c6gd",
	InstanceClass_COMPUTE7_GRAVITON3_NVME_DRIVE:                "c7gd",
	InstanceClass_C7GD:                                         "c7gd",
	InstanceClass_COMPUTE8_GRAVITON4_NVME_DRIVE:                "c8gd",
	InstanceClass_C8GD:                                         "c8gd",
	InstanceClass_COMPUTE6_GRAVITON2_HIGH_NETWORK_BANDWIDTH:    "c6gn",
	InstanceClass_C6GN:                                         "c6gn",
	InstanceClass_COMPUTE7_GRAVITON3_HIGH_NETWORK_BANDWIDTH:    "c7gn",
	InstanceClass_C7GN:                                         "c7gn",
	InstanceClass_COMPUTE8_GRAVITON4_HIGH_NETWORK_BANDWIDTH:    "c8gn",
	InstanceClass_C8GN:                                         "c8gn",
	InstanceClass_COMPUTE7_INTEL:                               "c7i",
	InstanceClass_C7I:                                          "c7i",
	InstanceClass_COMPUTE7_INTEL_FLEX:                          "c7i-flex",
	InstanceClass_C7I_FLEX:                                     "c7i-flex",
	InstanceClass_COMPUTE8_INTEL:                               "c8i",
	InstanceClass_C8I:                                          "c8i",
	InstanceClass_COMPUTE8_INTEL_FLEX:                          "c8i-flex",
	InstanceClass_C8I_FLEX:                                     "c8i-flex",
	InstanceClass_COMPUTE7_AMD:                                 "c7a",
	InstanceClass_C7A:                                          "c7a",
	InstanceClass_COMPUTE8_AMD:                                 "c8a",
	InstanceClass_C8A:                                          "c8a",
	InstanceClass_STORAGE2:                                     "d2",
	InstanceClass_D2:                                           "d2",
	InstanceClass_STORAGE3:                                     "d3",
	InstanceClass_D3:                                           "d3",
	InstanceClass_STORAGE3_ENHANCED_NETWORK:                    "d3en",
	InstanceClass_D3EN:                                         "d3en",
	InstanceClass_STORAGE_COMPUTE_1:                            "h1",
	InstanceClass_H1:                                           "h1",
	InstanceClass_TRAINING_ACCELERATOR1:                        "trn1",
	InstanceClass_TRN1:                                         "trn1",
	InstanceClass_TRAINING_ACCELERATOR1_ENHANCED_NETWORK:       "trn1n",
	InstanceClass_TRN1N:                                        "trn1n",
	InstanceClass_TRAINING_ACCELERATOR2:                        "trn2",
	InstanceClass_TRN2:                                         "trn2",
	InstanceClass_TRAINING_ACCELERATOR2_ULTRASERVER:            "trn2u",
	InstanceClass_TRN2U:                                        "trn2u",
	InstanceClass_IO3:                                          "i3",
	InstanceClass_I3:                                           "i3",
	InstanceClass_IO3_DENSE_NVME_DRIVE:                         "i3en",
	InstanceClass_I3EN:                                         "i3en",
	InstanceClass_IO4_INTEL:                                    "i4i",
	InstanceClass_I4I:                                          "i4i",
	InstanceClass_STORAGE4_GRAVITON:                            "i4g",
	InstanceClass_I4G:                                          "i4g",
	InstanceClass_STORAGE4_GRAVITON_NETWORK_OPTIMIZED:          "im4gn",
	InstanceClass_IM4GN:                                        "im4gn",
	InstanceClass_STORAGE4_GRAVITON_NETWORK_STORAGE_OPTIMIZED:  "is4gen",
	InstanceClass_IS4GEN:                                       "is4gen",
	InstanceClass_STORAGE7_INTEL_STORAGE_OPTIMIZED:             "i7ie",
	InstanceClass_I7IE:                                         "i7ie",
	InstanceClass_IO7_INTEL:                                    "i7i",
	InstanceClass_I7I:                                          "i7i",
	InstanceClass_STORAGE8_GRAVITON:                            "i8g",
	InstanceClass_I8G:                                          "i8g",
	InstanceClass_STORAGE8_GRAVITON_STORAGE_OPTIMIZED:          "i8ge",
	InstanceClass_I8GE:                                         "i8ge",
	InstanceClass_BURSTABLE2:                                   "t2",
	InstanceClass_T2:                                           "t2",
	InstanceClass_BURSTABLE3:                                   "t3",
	InstanceClass_T3:                                           "t3",
	InstanceClass_BURSTABLE3_AMD:                               "t3a",
	InstanceClass_T3A:                                          "t3a",
	InstanceClass_BURSTABLE4_GRAVITON:                          "t4g",
	InstanceClass_T4G:                                          "t4g",
	InstanceClass_MEMORY_INTENSIVE_1:                           "x1",
	InstanceClass_X1:                                           "x1",
	InstanceClass_MEMORY_INTENSIVE_1_EXTENDED:                  "x1e",
	InstanceClass_X1E:                                          "x1e",
	InstanceClass_MEMORY_INTENSIVE_2_GRAVITON2:                 "x2g",
	InstanceClass_X2G:                                          "x2g",
	InstanceClass_MEMORY_INTENSIVE_2_GRAVITON2_NVME_DRIVE:      "x2gd",
	InstanceClass_X2GD:                                         "x2gd",
	InstanceClass_MEMORY_INTENSIVE_2_XT_INTEL:                  "x2iedn",
	InstanceClass_X2IEDN:                                       "x2iedn",
	InstanceClass_MEMORY_INTENSIVE_2_INTEL:                     "x2idn",
	InstanceClass_X2IDN:                                        "x2idn",
	InstanceClass_MEMORY_INTENSIVE_2_XTZ_INTEL:                 "x2iezn",
	InstanceClass_X2IEZN:                                       "x2iezn",
	InstanceClass_MEMORY_INTENSIVE_8_GRAVITON:                  "x8g",
	InstanceClass_X8G:                                          "x8g",
	InstanceClass_FPGA1:                                        "f1",
	InstanceClass_F1:                                           "f1",
	InstanceClass_FPGA2:                                        "f2",
	InstanceClass_F2:                                           "f2",
	InstanceClass_GRAPHICS3_SMALL:                              "g3s",
	InstanceClass_G3S:                                          "g3s",
	InstanceClass_GRAPHICS3:                                    "g3",
	InstanceClass_G3:                                           "g3",
	InstanceClass_GRAPHICS4_NVME_DRIVE_HIGH_PERFORMANCE:        "g4dn",
	InstanceClass_G4DN:                                         "g4dn",
	InstanceClass_GRAPHICS4_AMD_NVME_DRIVE:                     "g4ad",
	InstanceClass_G4AD:                                         "g4ad",
	InstanceClass_GRAPHICS5:                                    "g5",
	InstanceClass_G5:                                           "g5",
	InstanceClass_GRAPHICS5_GRAVITON2:                          "g5g",
	InstanceClass_G5G:                                          "g5g",
	InstanceClass_GRAPHICS6:                                    "g6",
	InstanceClass_G6:                                           "g6",
	InstanceClass_GRAPHICS6_EFFICIENT:                          "g6e",
	InstanceClass_G6E:                                          "g6e",
	InstanceClass_GRAPHICS7_EFFICIENT:                          "g7e",
	InstanceClass_G7E:                                          "g7e",
	InstanceClass_GRAPHICS_RAM_6:                               "gr6",
	InstanceClass_GR6:                                          "gr6",
	InstanceClass_PARALLEL2:                                    "p2",
	InstanceClass_P2:                                           "p2",
	InstanceClass_PARALLEL3:                                    "p3",
	InstanceClass_P3:                                           "p3",
	InstanceClass_PARALLEL3_NVME_DRIVE_HIGH_PERFORMANCE:        "p3dn",
	InstanceClass_P3DN:                                         "p3dn",
	InstanceClass_PARALLEL4_NVME_DRIVE_EXTENDED:                "p4de",
	InstanceClass_P4DE:                                         "p4de",
	InstanceClass_PARALLEL4:                                    "p4d",
	InstanceClass_P4D:                                          "p4d",
	InstanceClass_PARALLEL5:                                    "p5",
	InstanceClass_P5:                                           "p5",
	InstanceClass_PARALLEL5_EXTENDED:                           "parallel5-extended",
	InstanceClass_P5E:                                          "p5e",
	InstanceClass_PARALLEL5_EXTENDED_NETWORK:                   "parallel5-extended-network",
	InstanceClass_P5EN:                                         "p5en",
	InstanceClass_ARM1:                                         "a1",
	InstanceClass_A1:                                           "a1",
	InstanceClass_STANDARD6_GRAVITON:                           "m6g",
	InstanceClass_M6G:                                          "m6g",
	InstanceClass_STANDARD6_INTEL:                              "m6i",
	InstanceClass_M6I:                                          "m6i",
	InstanceClass_STANDARD6_INTEL_NVME_DRIVE:                   "m6id",
	InstanceClass_M6ID:                                         "m6id",
	InstanceClass_STANDARD6_INTEL_HIGH_PERFORMANCE:             "m6in",
	InstanceClass_M6IN:                                         "m6in",
	InstanceClass_STANDARD6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE:  "m6idn",
	InstanceClass_M6IDN:                                        "m6idn",
	InstanceClass_STANDARD6_AMD:                                "m6a",
	InstanceClass_M6A:                                          "m6a",
	InstanceClass_STANDARD6_GRAVITON2_NVME_DRIVE:               "m6gd",
	InstanceClass_M6GD:                                         "m6gd",
	InstanceClass_STANDARD7_GRAVITON:                           "m7g",
	InstanceClass_M7G:                                          "m7g",
	InstanceClass_STANDARD8_GRAVITON:                           "m8g",
	InstanceClass_M8G:                                          "m8g",
	InstanceClass_STANDARD7_GRAVITON3_NVME_DRIVE:               "m7gd",
	InstanceClass_M7GD:                                         "m7gd",
	InstanceClass_STANDARD8_GRAVITON4_NVME_DRIVE:               "m8gd",
	InstanceClass_M8GD:                                         "m8gd",
	InstanceClass_STANDARD8_INTEL:                              "m8i",
	InstanceClass_M8I:                                          "m8i",
	InstanceClass_STANDARD8_INTEL_FLEX:                         "m8i-flex",
	InstanceClass_M8I_FLEX:                                     "m8i-flex",
	InstanceClass_STANDARD7_INTEL:                              "m7i",
	InstanceClass_M7I:                                          "m7i",
	InstanceClass_STANDARD7_INTEL_FLEX:                         "m7i-flex",
	InstanceClass_M7I_FLEX:                                     "m7i-flex",
	InstanceClass_STANDARD7_AMD:                                "m7a",
	InstanceClass_M7A:                                          "m7a",
	InstanceClass_STANDARD8_AMD:                                "m8a",
	InstanceClass_M8A:                                          "m8a",
	InstanceClass_STANDARD9_GRAVITON:                           "m9g",
	InstanceClass_M9G:                                          "m9g",
	InstanceClass_HIGH_COMPUTE_MEMORY1:                         "z1d",
	InstanceClass_Z1D:                                          "z1d",
	InstanceClass_INFERENCE1:                                   "inf1",
	InstanceClass_INF1:                                         "inf1",
	InstanceClass_INFERENCE2:                                   "inf2",
	InstanceClass_INF2:                                         "inf2",
	InstanceClass_MACINTOSH1_INTEL:                             "mac1",
	InstanceClass_MAC1:                                         "mac1",
	InstanceClass_MACINTOSH2_M1:                                "mac2",
	InstanceClass_MAC2:                                         "mac2",
	InstanceClass_MACINTOSH2_M2:                                "mac2-m2",
	InstanceClass_MAC2_M2:                                      "mac2-m2",
	InstanceClass_MACINTOSH2_M2_PRO:                            "mac2-m2pro",
	InstanceClass_MAC2_M2PRO:                                   "mac2-m2pro",
	InstanceClass_MACINTOSH2_M1_ULTRA:                          "mac2-m1ultra",
	InstanceClass_MAC2_M1ULTRA:                                 "mac2-m1ultra",
	InstanceClass_VIDEO_TRANSCODING1:                           "vt1",
	InstanceClass_VT1:                                          "vt1",
	InstanceClass_HIGH_PERFORMANCE_COMPUTING6_AMD:              "hpc6a",
	InstanceClass_HPC6A:                                        "hpc6a",
	InstanceClass_HIGH_PERFORMANCE_COMPUTING6_INTEL_NVME_DRIVE: "hpc6id",
	InstanceClass_HPC6ID:                                       "hpc6id",
	InstanceClass_HIGH_PERFORMANCE_COMPUTING7_AMD:              "hpc7a",
	InstanceClass_HPC7A:                                        "hpc7a",
	InstanceClass_HIGH_PERFORMANCE_COMPUTING7_GRAVITON:         "hpc7g",
	InstanceClass_HPC7G:                                        "hpc7g",
	InstanceClass_DEEP_LEARNING1:                               "dl1",
	InstanceClass_DL1:                                          "dl1",
	InstanceClass_DEEP_LEARNING2_QUALCOMM:                      "dl2q",
	InstanceClass_DL2Q:                                         "dl2q",
}

// instanceSizeName maps each size to its instance type suffix.
var instanceSizeName = map[InstanceSize]string{
	InstanceSize_NANO:          "nano",
	InstanceSize_MICRO:         "micro",
	InstanceSize_SMALL:         "small",
	InstanceSize_MEDIUM:        "medium",
	InstanceSize_LARGE:         "large",
	InstanceSize_XLARGE:        "xlarge",
	InstanceSize_XLARGE2:       "2xlarge",
	InstanceSize_XLARGE3:       "3xlarge",
	InstanceSize_XLARGE4:       "4xlarge",
	InstanceSize_XLARGE6:       "6xlarge",
	InstanceSize_XLARGE8:       "8xlarge",
	InstanceSize_XLARGE9:       "9xlarge",
	InstanceSize_XLARGE10:      "10xlarge",
	InstanceSize_XLARGE12:      "12xlarge",
	InstanceSize_XLARGE16:      "16xlarge",
	InstanceSize_XLARGE18:      "18xlarge",
	InstanceSize_XLARGE24:      "24xlarge",
	InstanceSize_XLARGE32:      "32xlarge",
	InstanceSize_XLARGE48:      "48xlarge",
	InstanceSize_XLARGE56:      "56xlarge",
	InstanceSize_XLARGE96:      "96xlarge",
	InstanceSize_XLARGE112:     "112xlarge",
	InstanceSize_XLARGE224:     "224xlarge",
	InstanceSize_XLARGE480:     "480xlarge",
	InstanceSize_METAL:         "metal",
	InstanceSize_XLARGE16METAL: "metal-16xl",
	InstanceSize_XLARGE24METAL: "metal-24xl",
	InstanceSize_XLARGE32METAL: "metal-32xl",
	InstanceSize_XLARGE48METAL: "metal-48xl",
}
