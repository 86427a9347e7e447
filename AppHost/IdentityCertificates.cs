using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Frivillighed.AppHost;

// Identity signs and encrypts tokens with the certificates in one folder, the same for every replica: the folder
// in Identity:Certificates:Folder (production: a mounted secret, with Identity:Certificates:Password), or in a run
// on this machine a folder under the data folder, filled with self-signed certificates the first time.
public static class IdentityCertificates
{
    public static IResourceBuilder<ProjectResource> WithCertificates(this IResourceBuilder<ProjectResource> identity, IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection("Identity:Certificates");
        if (configured["Folder"] is { Length: > 0 } folder)
        {
            return identity.WithEnvironment("Identity__Certificates__Folder", folder)
                .WithEnvironment("Identity__Certificates__Password", configured["Password"] ?? "");
        }

        if (builder.ExecutionContext.IsPublishMode)
        {
            return identity;
        }

        var local = Path.Combine(PlatformInfrastructure.DataDir(builder), "identity-certificates");
        Directory.CreateDirectory(local);
        Create(Path.Combine(local, "signing-1.pfx"), X509KeyUsageFlags.DigitalSignature);
        Create(Path.Combine(local, "encryption-1.pfx"), X509KeyUsageFlags.KeyEncipherment);
        return identity.WithEnvironment("Identity__Certificates__Folder", local);
    }

    private static void Create(string path, X509KeyUsageFlags usage)
    {
        if (File.Exists(path))
        {
            return;
        }

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Frivillighed Identity (local run)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
    }
}
