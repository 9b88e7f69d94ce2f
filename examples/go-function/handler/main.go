// Command greeter is a Lambda handler written against the Lambda runtime
// API directly (no SDK): it answers {"name": N} with {"greeting": "Hello, N!"}.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
)

type event struct {
	Name string `json:"name"`
}

type reply struct {
	Greeting string `json:"greeting"`
}

func handle(e event) reply {
	if e.Name == "" {
		e.Name = "world"
	}
	return reply{Greeting: fmt.Sprintf("Hello, %s!", e.Name)}
}

func main() {
	api := "http://" + os.Getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/invocation/"
	for {
		resp, err := http.Get(api + "next")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		id := resp.Header.Get("Lambda-Runtime-Aws-Request-Id")
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e event
		out := "/response"
		var payload []byte
		if err := json.Unmarshal(body, &e); err != nil {
			out = "/error"
			payload, _ = json.Marshal(map[string]string{"errorMessage": err.Error(), "errorType": "InvalidEvent"})
		} else {
			payload, _ = json.Marshal(handle(e))
		}
		r, err := http.Post(api+id+out, "application/json", bytes.NewReader(payload))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		r.Body.Close()
	}
}
