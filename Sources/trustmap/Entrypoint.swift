import TrustmapCLI

@main
enum Entrypoint {
  static func main() {
    TrustmapCommand.main()
  }
}
