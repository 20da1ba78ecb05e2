// The web app names no API path by hand: it calls operations (packages/contracts/src/<domain>/
// operations.ts) through its typed client, `api.call(operation, …)` or `api.url(operation, …)`.
// A path written in a string or a template literal would be found by no search for the operation
// and checked by no type.

const apiPath = /^\/api(\/|$)/;

const noApiPaths = {
  meta: {
    type: 'problem',
    docs: { description: 'API paths come from the operations of packages/contracts, never from a string' },
    schema: [],
    messages: { apiPath: 'Name the operation instead: api.call(operation, …) or api.url(operation, …), from packages/contracts.' },
  },
  create(context) {
    return {
      Literal(node) {
        if (typeof node.value === 'string' && apiPath.test(node.value)) context.report({ node, messageId: 'apiPath' });
      },
      TemplateLiteral(node) {
        if (node.quasis.some((quasi) => apiPath.test(quasi.value.cooked ?? quasi.value.raw)))
          context.report({ node, messageId: 'apiPath' });
      },
    };
  },
};

export default noApiPaths;
