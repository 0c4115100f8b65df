import TrustmapCLI

@main
enum Entrypoint {
  static func main() {
    ProcessTeardown.skipFreeingAtExit()
    TrustmapCommand.main()
  }
}
