// swift-tools-version: 6.0
// Trustmap: who can become whom across an AWS organisation.
// Layers run one way: Model ← Policy ← Import/Graph ← Analysis ← Render/Report ← CLI ← executable.
import PackageDescription

let package = Package(
  name: "Trustmap",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "trustmap", targets: ["trustmap"]),
    .library(name: "TrustmapCLI", targets: ["TrustmapCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    // A few lines of C beside libcgraph: a deterministic object-ID discipline (see its header).
    .target(name: "CGraphvizSupport", dependencies: ["CGraphviz"]),
    .target(name: "TrustmapModel"),
    .target(name: "TrustmapPolicy", dependencies: ["TrustmapModel"]),
    .target(name: "TrustmapImport", dependencies: ["TrustmapModel", "TrustmapPolicy"]),
    .target(name: "TrustmapGraph", dependencies: ["TrustmapModel", "TrustmapPolicy"]),
    .target(
      name: "TrustmapAnalysis", dependencies: ["TrustmapModel", "TrustmapPolicy", "TrustmapGraph"]),
    .target(
      name: "TrustmapRender",
      dependencies: [
        "TrustmapModel", "TrustmapPolicy", "TrustmapGraph", "TrustmapAnalysis", "CGraphviz",
        "CGraphvizSupport",
      ]),
    // Writers use their own view model (ReportDocument); Build/ fills it from the analysis.
    .target(
      name: "TrustmapReport",
      dependencies: [
        "TrustmapModel", "TrustmapPolicy", "TrustmapGraph", "TrustmapAnalysis", "TrustmapRender",
      ],
      exclude: ["Schemas"]),
    .target(
      name: "TrustmapCLI",
      dependencies: [
        "TrustmapModel", "TrustmapPolicy", "TrustmapImport", "TrustmapGraph", "TrustmapAnalysis",
        "TrustmapRender", "TrustmapReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "trustmap", dependencies: ["TrustmapCLI"]),
    .target(name: "TrustmapSynthesis", dependencies: ["TrustmapModel"]),
    .executableTarget(
      name: "trustmap-synth",
      dependencies: [
        "TrustmapSynthesis", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "trustmap-graph-bench", dependencies: ["TrustmapGraph"]),
    .executableTarget(name: "trustmap-render-bench", dependencies: ["TrustmapRender"]),
    .executableTarget(
      name: "trustmap-policy-bench", dependencies: ["TrustmapModel", "TrustmapPolicy"]),
    .executableTarget(
      name: "trustmap-bench",
      dependencies: [
        "TrustmapSynthesis", "TrustmapModel", "TrustmapPolicy", "TrustmapImport", "TrustmapGraph",
        "TrustmapAnalysis", "TrustmapRender", "TrustmapReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    .target(
      name: "TrustmapTestSupport",
      dependencies: [
        "TrustmapModel", "TrustmapPolicy", "TrustmapImport", "TrustmapGraph", "TrustmapAnalysis",
      ],
      path: "Tests/TrustmapTestSupport"),
    .testTarget(
      name: "TrustmapModelTests", dependencies: ["TrustmapModel", "TrustmapTestSupport"]),
    .testTarget(
      name: "TrustmapImportTests",
      dependencies: ["TrustmapImport", "TrustmapModel", "TrustmapTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "TrustmapCLITests",
      dependencies: [
        "TrustmapCLI", "TrustmapImport", "TrustmapModel", "TrustmapRender", "TrustmapReport",
        "TrustmapTestSupport", "trustmap",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "TrustmapSynthesisTests", dependencies: ["TrustmapSynthesis", "TrustmapModel"]),
    .testTarget(name: "TrustmapGraphTests", dependencies: ["TrustmapGraph"]),
    .testTarget(
      name: "TrustmapReportTests",
      dependencies: [
        "TrustmapReport", "TrustmapModel", "TrustmapAnalysis", "TrustmapGraph", "TrustmapImport",
        "TrustmapPolicy", "TrustmapTestSupport",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "TrustmapRenderTests",
      dependencies: [
        "TrustmapRender", "TrustmapAnalysis", "TrustmapGraph", "TrustmapImport", "TrustmapPolicy",
        "TrustmapModel", "TrustmapTestSupport",
      ],
      exclude: ["Golden"]),
    .testTarget(
      name: "TrustmapAnalysisTests",
      dependencies: [
        "TrustmapAnalysis", "TrustmapGraph", "TrustmapImport", "TrustmapPolicy", "TrustmapModel",
        "TrustmapSynthesis", "TrustmapTestSupport",
      ]),
    .testTarget(
      name: "TrustmapPolicyTests",
      dependencies: ["TrustmapModel", "TrustmapPolicy", "TrustmapTestSupport"]),
    // The fast assume verdict against the detailed decision on imported and generated orgs.
    .testTarget(
      name: "TrustmapFastPathTests",
      dependencies: ["TrustmapModel", "TrustmapPolicy", "TrustmapImport", "TrustmapSynthesis"]),
  ]
)
