using System.Diagnostics;
using System.Text.Json;
using k8s.Models;

namespace Frivillighed.Deploy.Tests;

// Every image deploy/ runs is a project of the solution published as a container by the SDK
// (`dotnet publish -t:PublishContainer`). The base image cannot be fetched here, so this publishes the
// project itself and reads the repository name the container target would push.
public class ImageTests
{
    private const string Registry = "registry.example.dk/";

    public static TheoryData<string> Images => new(
        Rendered.Overlay(Rendered.Overlays[0]).Containers().Select(c => c.Container.Image).Distinct().Where(i => i.StartsWith(Registry, StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Images))]
    public void EveryImage_IsAProjectThatPublishes(string image)
    {
        var repository = image[Registry.Length..image.LastIndexOf(':')];
        var name = repository.Split('/')[^1];
        var project = name == "gateway"
            ? Path.Combine(Repository.Root, "gateway", "Gateway.csproj")
            : Path.Combine(Repository.Root, "services", char.ToUpperInvariant(name[0]) + name[1..], $"{char.ToUpperInvariant(name[0]) + name[1..]}.csproj");
        Assert.True(File.Exists(project), $"{image}: no project {project}");
        var output = Directory.CreateTempSubdirectory("publish-");
        try
        {
            var properties = Publish(project, output.FullName);

            Assert.Equal(repository, properties.GetProperty("ContainerRepository").GetString());
            Assert.Equal("true", properties.GetProperty("EnableSdkContainerSupport").GetString(), ignoreCase: true);
            var assembly = Path.GetFileNameWithoutExtension(project);
            Assert.True(File.Exists(Path.Combine(output.FullName, $"{assembly}.dll")), $"{image}: {assembly}.dll not published");
            if (name == "portal")
            {
                Assert.True(File.Exists(Path.Combine(output.FullName, "dkfds", "css", "dkfds.min.css")), "the portal is published without the design system's assets");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static JsonElement Publish(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet", ["publish", project, "--no-build", "-c", "Debug", "-o", output, "-nologo",
            "-getProperty:ContainerRepository", "-getProperty:EnableSdkContainerSupport"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet publish {project} failed: {text}{error.Result}");
        return JsonDocument.Parse(text).RootElement.GetProperty("Properties");
    }
}
