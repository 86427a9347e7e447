using System.Diagnostics;
using System.Text.Json;
using k8s.Models;

namespace Frivillighed.Deploy.Tests;

// What the AppHost gives each process (its Aspire manifest, published in the external mode) is what deploy/ gives
// it too: a setting added in the AppHost and forgotten in production fails here.
public class AspireDriftTests
{
    private static readonly Lazy<JsonElement> Manifest = new(PublishManifest);

    public static TheoryData<string> Overlays => new(Rendered.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryVariableTheAppHostSets_IsSetInTheDeployment(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);
        var missing = new List<string>();

        foreach (var (project, variables) in Projects())
        {
            var deployment = rendered.All<V1Deployment>().SingleOrDefault(d => d.Metadata.Name == project);
            if (deployment is null)
            {
                missing.Add($"{project}: no Deployment");
                continue;
            }

            var given = rendered.Environment(deployment.Spec.Template.Spec.Containers[0]);
            missing.AddRange(variables.Keys.Where(name => !given.ContainsKey(name)).Select(name => $"{project}: {name}"));
        }

        Assert.True(missing.Count == 0, $"{overlay} lacks what the AppHost sets:\n{string.Join("\n", missing)}");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void WhatTheAppHostKeepsSecret_ComesFromASecret(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);
        var secretParameters = Manifest.Value.GetProperty("resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("type").GetString() == "parameter.v0"
                && r.Value.TryGetProperty("inputs", out var inputs) && inputs.EnumerateObject().Any(i => i.Value.TryGetProperty("secret", out var s) && s.GetBoolean()))
            .Select(r => r.Name).ToList();
        Assert.Contains("frontend-secret", secretParameters);

        foreach (var (project, variables) in Projects())
        {
            var container = Assert.Single(rendered.All<V1Deployment>(), d => d.Metadata.Name == project).Spec.Template.Spec.Containers[0];
            foreach (var (name, value) in variables.Where(v => secretParameters.Any(p => v.Value.Contains($"{{{p}.", StringComparison.Ordinal))))
            {
                // Either the whole value is a Secret's, or it is composed from variables of which one is (a
                // connection string with $(PG_PASSWORD), say); NoSecretValue_IsWrittenDown checks no password is literal.
                var variable = Assert.Single(container.Env, e => e.Name == name);
                var fromSecrets = container.Env.Where(e => e.ValueFrom?.SecretKeyRef is not null).Select(e => $"$({e.Name})");
                Assert.True(variable.ValueFrom?.SecretKeyRef is not null || fromSecrets.Any(v => variable.Value?.Contains(v, StringComparison.Ordinal) == true),
                    $"{overlay}: {project}'s {name} ({value}) must come from a Secret");
            }
        }
    }

    [Fact]
    public void TheManifest_NamesEveryProcess()
    {
        Assert.Equal(["associations", "booking", "events", "gateway", "grants", "identity", "notifications", "portal"], Projects().Keys.Order());
    }

    private static Dictionary<string, Dictionary<string, string>> Projects() =>
        Manifest.Value.GetProperty("resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("type").GetString() == "project.v0")
            .ToDictionary(r => r.Name, r => r.Value.GetProperty("env").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetString() ?? ""));

    private static JsonElement PublishManifest()
    {
        var folder = Directory.CreateTempSubdirectory("frivillighed-manifest-");
        try
        {
            var manifest = Path.Combine(folder.FullName, "aspire-manifest.json");
            var start = new ProcessStartInfo("dotnet",
                ["run", "--project", Path.Combine(Repository.Root, "AppHost", "AppHost.csproj"), "--no-build", "--",
                 "--publisher", "manifest", "--output-path", manifest, "--Platform:Infrastructure=external", "--Platform:Smtp:Host=smtp.example"])
            { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "The AppHost did not write its manifest within 3 minutes");
            Assert.True(process.ExitCode == 0 && File.Exists(manifest), $"The AppHost did not write its manifest: {output.Result}{error}");
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            return document.RootElement.Clone();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
