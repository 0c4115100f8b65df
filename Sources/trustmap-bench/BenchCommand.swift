import ArgumentParser
import Foundation
import TrustmapSynthesis

/// `trustmap-bench`: generates organisations of several sizes and times the whole pipeline on
/// each, one child process per size so that every size's peak memory is its own.
///
/// A measurement tool, not a test: `make bench` (release build).
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trustmap-bench",
    abstract: "Time and measure the whole Trustmap pipeline on generated organisations.",
    discussion: """
      Sizes: small = 12×40, medium = 50×200, large = 500×1,000 (accounts × roles per account;
      10, 20 and 50 users per account). Each size runs in its own process. Times are wall
      clock; memory is the peak resident size sampled during each phase.
      """)

  @Option(help: "Comma-separated sizes: small, medium, large.")
  var sizes = "small,medium,large"

  @Option(help: "Generator seed.")
  var seed: UInt64 = 7

  @Option(help: "Folder for the generated organisations (default: a new temporary folder).")
  var dir: String?

  @Flag(help: "Keep the generated organisations.")
  var keep = false

  @Option(help: .hidden)
  var child: String?

  func validate() throws {
    for name in sizes.split(separator: ",") where BenchSize.named(String(name)) == nil {
      throw ValidationError("unknown size '\(name)'; use small, medium or large")
    }
  }

  func run() throws {
    if let child, let size = BenchSize.named(child), let dir {
      try runChild(size, directory: dir)
      return
    }
    let root = dir ?? NSTemporaryDirectory() + "trustmap-bench-\(getpid())"
    var rows: [BenchRow] = []
    for name in sizes.split(separator: ",") {
      guard let size = BenchSize.named(String(name)) else { continue }
      let folder = root + "/" + size.label
      if !FileManager.default.fileExists(atPath: folder + "/org.json") {
        _ = try OrganizationSynthesizer(options: size.options(seed: seed))
          .write(to: URL(fileURLWithPath: folder, isDirectory: true))
      }
      rows.append(try BenchChild.run(size: size, directory: folder))
      FileHandle.standardError.write(Data("done: \(size.label)\n".utf8))
    }
    print(BenchTable.markdown(rows))
    if !keep, dir == nil { try? FileManager.default.removeItem(atPath: root) }
  }

  /// In the child process: run the pipeline and print one JSON row.
  func runChild(_ size: BenchSize, directory: String) throws {
    let pipeline = PipelineRun(size: size, directory: directory)
    let row = try pipeline.run()
    let data = try JSONEncoder().encode(row)
    FileHandle.standardOutput.write(data)
  }
}

/// Starts this executable again for one size and decodes its row.
enum BenchChild {
  static func run(size: BenchSize, directory: String) throws -> BenchRow {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["--child", size.name, "--dir", directory]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationError("the \(size.name) run failed (exit \(process.terminationStatus))")
    }
    return try JSONDecoder().decode(BenchRow.self, from: data)
  }
}
