using System.Diagnostics;
using k8s;
using k8s.Models;

namespace Frivillighed.Deploy.Tests;

// What `kubectl kustomize deploy/overlays/<name>` renders, loaded strictly as Kubernetes objects.
public sealed class Rendered
{
    public static readonly string[] Overlays = ["one-municipality", "shared-operator"];

    private static readonly Dictionary<string, Type> OperatorTypes = new()
    {
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CnpgCluster),
        ["postgresql.cnpg.io/v1/Database"] = typeof(CnpgDatabase),
        ["postgresql.cnpg.io/v1/Pooler"] = typeof(CnpgPooler),
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(RabbitmqCluster),
    };

    private Rendered(string yaml, List<object> objects)
    {
        Yaml = yaml;
        Objects = objects;
    }

    public string Yaml { get; }

    public IReadOnlyList<object> Objects { get; }

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public IEnumerable<(string Owner, V1Container Container, V1PodSpec Pod)> Containers() =>
        All<V1Deployment>().SelectMany(d => d.Spec.Template.Spec.Containers.Select(c => (d.Metadata.Name, c, d.Spec.Template.Spec)))
            .Concat(All<V1Job>().SelectMany(j => j.Spec.Template.Spec.Containers.Select(c => (j.Metadata.Name, c, j.Spec.Template.Spec))));

    // Every environment variable a container gets: its own, and the keys of the ConfigMaps it takes whole.
    public IReadOnlyDictionary<string, string?> Environment(V1Container container)
    {
        var variables = new Dictionary<string, string?>();
        foreach (var source in container.EnvFrom ?? [])
        {
            var map = All<V1ConfigMap>().SingleOrDefault(m => m.Metadata.Name == source.ConfigMapRef?.Name)
                ?? throw new InvalidOperationException($"{container.Name} takes ConfigMap {source.ConfigMapRef?.Name}, which is not rendered");
            foreach (var (key, value) in map.Data)
            {
                variables[key] = value;
            }
        }

        foreach (var variable in container.Env ?? [])
        {
            variables[variable.Name] = variable.Value;
        }

        return variables;
    }

    public static Rendered Overlay(string name) => Cache.GetOrAdd(name, overlay =>
    {
        var yaml = Kustomize(Path.Combine(Repository.Root, "deploy", "overlays", overlay));
        return new Rendered(yaml, KubernetesYaml.LoadAllFromString(yaml, OperatorTypes, strict: true));
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Rendered> Cache = new();

    public static string Kustomize(string folder)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", folder]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "kubectl is not installed: the deploy checks need kubectl 1.27 or later with kustomize 5 (https://kubernetes.io/docs/tasks/tools/).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"kubectl kustomize {folder} failed: {error}");
            return output.Result;
        }
    }
}

public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Frivillighed.Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root (Frivillighed.Platform.sln) is not above the test's folder.");
    }
}
