import ArgumentParser

/// The root `trustmap` command.
public struct TrustmapCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "trustmap",
    abstract: "Map who can become whom across the IAM exports of many AWS accounts.",
    discussion: """
      Inputs are files written by `aws iam get-account-authorization-details` (one per account, \
      any number of pages) and, optionally, an AWS Organizations export. Directories are read \
      recursively (*.json); every file is recognised by its shape.
      """,
    version: TrustmapVersion.current,
    subcommands: [
      InspectCommand.self, GraphCommand.self, PathCommand.self, ReachCommand.self,
      WhoCanReachCommand.self, FindingsCommand.self, DiagramCommand.self, ReportCommand.self,
      ExportCommand.self,
    ]
  )

  public init() {}
}

/// The tool version, stamped into reports.
public enum TrustmapVersion {
  /// Semantic version of this build.
  public static let current = "0.1.0"
}
