globalThis.Hugdesk = globalThis.Hugdesk || {sites: []};
