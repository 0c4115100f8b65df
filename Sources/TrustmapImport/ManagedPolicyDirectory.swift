import TrustmapModel

/// FMT-10 (a): a user-supplied folder of AWS managed policy documents, `<PolicyName>.json`, in
/// the `aws iam get-policy-version` shape or as a bare document.
enum ManagedPolicyDirectory {
  /// Adds to the AWS managed pool every referenced `arn:aws:iam::aws:policy/…` that no account
  /// lists and whose name has a file in `directory`.
  static func resolve(_ organization: Organization, directory: String, errors: inout [ImportError])
    -> Organization
  {
    let found = InputDiscovery.files(in: [directory])
    errors += found.errors
    var byName: [String: String] = [:]
    for file in found.files {
      let name = file.split(separator: "/").last.map { String($0.dropLast(5)) } ?? file
      byName[name] = file
    }
    let missing = Set(organization.unknownPolicyReferences.map(\.policyARN)).filter {
      $0.account == "aws"
    }
    var added: [ManagedPolicy] = []
    for arn in missing.sorted() {
      guard let file = byName[arn.resourceName] else { continue }
      do throws(ImportFailure) {
        added.append(try policy(arn, from: LoadedFile.parse(file)))
      } catch {
        errors += error.problems
      }
    }
    return Organization(
      accounts: organization.accounts, structure: organization.structure,
      awsManagedPolicies: organization.awsManagedPolicies + added,
      diagnostics: organization.diagnostics)
  }

  private static func policy(_ arn: ARN, from root: Node) throws(ImportFailure) -> ManagedPolicy {
    do throws(ImportError) {
      let version = root.child("PolicyVersion")
      let document = try PolicyDocumentDecoder.decode(try version?.required("Document") ?? root)
      let versionID = try version?.optionalString("VersionId") ?? "v1"
      let path = String(arn.resource.dropFirst("policy".count).dropLast(arn.resourceName.count))
      return ManagedPolicy(
        name: arn.resourceName, id: "", arn: arn, path: path, defaultVersionID: versionID,
        versions: [
          PolicyVersion(
            versionID: versionID, document: document, isDefault: true,
            createDate: try version?.optionalTimestamp("CreateDate"))
        ])
    } catch {
      throw ImportFailure([error])
    }
  }
}
