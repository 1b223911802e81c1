// Dredd hooks for tests/audit/dredd-check.sh: every documented operation is
// called once for each of its request media types, and its success answer
// is checked against the OpenAPI export. The token, the records to act on
// and the user to log in come from the script's environment: nothing secret
// is kept in this file.
const hooks = require('hooks');
const querystring = require('querystring');

const env = process.env;
const ids = (env.GATEHOUSE_DREDD_IDS || '').split(',').filter(Boolean);
// One record a method, so a delete takes nothing another call needs.
const recordFor = { GET: ids[0], PATCH: ids[1], PUT: ids[2], DELETE: ids[3] };
let signups = 0;

function bodyFor(path) {
    switch (path) {
    case '/wf/create_transaction':
        return { account: 'ACC-DREDD-01', phone: '+1 555 0199', amount: 12 };
    case '/wf/issue_token':
        return { email: env.GATEHOUSE_DREDD_EMAIL, password: env.GATEHOUSE_DREDD_PASSWORD };
    case '/wf/signup':
        signups += 1;
        return { email: `dredd-${signups}-${env.GATEHOUSE_DREDD_RUN}@example.com`,
                 password: env.GATEHOUSE_DREDD_PASSWORD };
    default:
        return path.startsWith('/obj/') && !path.endsWith('/bulk') ? { note: 'dredd' } : null;
    }
}

// The answers a client can arrange alone: success with the run's admin
// token, 401 with a token the project never issued, 404 for a record that
// does not exist, 400 for a workflow call that leaves out its parameters.
// The rest (403, 405, 429, 500, 503) need another project or a failing
// store, and are skipped.
function arrange(transaction) {
    const status = String(transaction.expected.statusCode);
    const request = transaction.request;
    const template = transaction.origin.resourceName;
    const onRecord = template.endsWith('/{id}');
    const path = template.replace(/^.*?(\/(wf|obj)\/)/, '$1');
    let id = recordFor[request.method];
    let body = bodyFor(path);
    request.headers.Authorization = `Bearer ${env.GATEHOUSE_DREDD_TOKEN}`;
    if (status === '401') {
        request.headers.Authorization = 'Bearer gh_adm_dredd-never-issued-0000000000000';
    } else if (status === '404' && onRecord) {
        id = '1767603600000x999999999999999999';
    } else if (status === '400' && path.startsWith('/wf/') && body) {
        body = {};
    } else if (!status.startsWith('2')) {
        return false;
    }
    if (onRecord) {
        request.uri = request.uri.replace(/[^/]+$/, id);
        transaction.fullPath = transaction.fullPath.replace(/[^/]+$/, id);
    }
    if (body && request.method !== 'GET' && request.method !== 'DELETE') {
        const form = (request.headers['Content-Type'] || '').startsWith(
            'application/x-www-form-urlencoded');
        request.body = form ? querystring.stringify(body) : JSON.stringify(body);
    }
    return true;
}

hooks.beforeEach((transaction, done) => {
    if (!arrange(transaction))
        transaction.skip = true;
    done();
});

// What the engine answers must not carry the token the request presented.
hooks.afterEach((transaction, done) => {
    const real = transaction.real || {};
    if (real.body && env.GATEHOUSE_DREDD_TOKEN && real.body.includes(env.GATEHOUSE_DREDD_TOKEN))
        transaction.fail = 'the answer repeats the bearer token';
    done();
});
