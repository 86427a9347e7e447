using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Identity;

// Tokens are signed and encrypted (authorization codes, refresh tokens) with certificates read from one folder,
// Identity:Certificates:Folder (in Kubernetes a mounted secret), so every replica signs and reads the same way:
// signing*.pfx and encryption*.pfx, with Identity:Certificates:Password if they have one. Rollover: put the new
// certificate beside the old one. OpenIddict signs with the valid certificate that expires last and publishes every
// registered one in its keys document, so tokens signed with the old key stay valid; remove the old file when the
// last token it signed has expired (refresh tokens: 14 days). Without a folder, the per-machine development
// certificates: in Development only.
public static class IdentityCertificates
{
    public static void AddCertificates(this OpenIddictServerBuilder options, IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Identity:Certificates:Folder"];
        if (string.IsNullOrEmpty(folder))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Identity:Certificates:Folder is not set. Outside Development, Identity signs and encrypts tokens with the " +
                    "certificates in that folder (signing*.pfx and encryption*.pfx), the same on every replica.");
            }

            options.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
            return;
        }

        var password = configuration["Identity:Certificates:Password"];
        foreach (var certificate in Load(folder, "signing", password))
        {
            options.AddSigningCertificate(certificate);
        }

        foreach (var certificate in Load(folder, "encryption", password))
        {
            options.AddEncryptionCertificate(certificate);
        }
    }

    private static List<X509Certificate2> Load(string folder, string purpose, string? password)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, purpose + "*.pfx").Order().ToArray() : [];
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"Identity:Certificates:Folder ({folder}) holds no {purpose} certificate ({purpose}*.pfx).");
        }

        return [.. files.Select(file => X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet))];
    }
}
