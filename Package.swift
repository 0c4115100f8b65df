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
    .target(name: "TrustmapModel"),
    .target(name: "TrustmapPolicy", dependencies: ["TrustmapModel"]),
    .target(name: "TrustmapImport", dependencies: ["TrustmapModel", "TrustmapPolicy"]),
    .target(name: "TrustmapGraph", dependencies: ["TrustmapModel", "TrustmapPolicy"]),
    .target(
      name: "TrustmapAnalysis", dependencies: ["TrustmapModel", "TrustmapPolicy", "TrustmapGraph"]),
    .target(
      name: "TrustmapRender",
      dependencies: ["TrustmapModel", "TrustmapGraph", "TrustmapAnalysis", "CGraphviz"]),
    .target(
      name: "TrustmapReport",
      dependencies: ["TrustmapModel", "TrustmapGraph", "TrustmapAnalysis", "TrustmapRender"]),
    .target(
      name: "TrustmapCLI",
      dependencies: [
        "TrustmapModel", "TrustmapPolicy", "TrustmapImport", "TrustmapGraph", "TrustmapAnalysis",
        "TrustmapRender", "TrustmapReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "trustmap", dependencies: ["TrustmapCLI"]),
    .executableTarget(
      name: "trustmap-policy-bench", dependencies: ["TrustmapModel", "TrustmapPolicy"]),

    .target(
      name: "TrustmapTestSupport", dependencies: ["TrustmapModel"],
      path: "Tests/TrustmapTestSupport"),
    .testTarget(
      name: "TrustmapModelTests", dependencies: ["TrustmapModel", "TrustmapTestSupport"]),
    .testTarget(
      name: "TrustmapPolicyTests",
      dependencies: ["TrustmapModel", "TrustmapPolicy", "TrustmapTestSupport"]),
  ]
)
