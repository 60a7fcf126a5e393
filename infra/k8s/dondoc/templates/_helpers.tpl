{{/* Names and labels shared by every object of the chart. */}}
{{- define "dondoc.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "dondoc.selectorLabels" -}}
app.kubernetes.io/name: dondoc
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "dondoc.labels" -}}
{{ include "dondoc.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* The apps that are switched on, as a list of {name, app} in a stable order. */}}
{{- define "dondoc.enabledApps" -}}
{{- range $name := keys .Values.apps | sortAlpha }}
{{- $app := index $.Values.apps $name }}
{{- if $app.enabled }}
- {{ $name }}
{{- end }}
{{- end }}
{{- end -}}
