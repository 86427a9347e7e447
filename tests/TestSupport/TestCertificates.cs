using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Frivillighed.TestSupport;

// Identity's certificates as production mounts them: a folder of signing*.pfx and encryption*.pfx files.
public static class TestCertificates
{
    private static readonly Lazy<string> shared = new(() => NewFolder());

    // One folder for the whole test run.
    public static string Shared => shared.Value;

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "frivillighed-certificates-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Write(folder, "signing-1.pfx", X509KeyUsageFlags.DigitalSignature, TimeSpan.FromDays(365));
        Write(folder, "encryption-1.pfx", X509KeyUsageFlags.KeyEncipherment, TimeSpan.FromDays(365));
        return folder;
    }

    // A certificate valid from yesterday for the given time: the one that expires last signs.
    public static string Write(string folder, string file, X509KeyUsageFlags usage, TimeSpan validFor)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Frivillighed test {file}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.Add(validFor));
        var path = Path.Combine(folder, file);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return certificate.Thumbprint;
    }
}
