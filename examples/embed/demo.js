// The example host page's own script: mounts reader 1 with mount() and logs reader events.
import { load } from '../qa-reader-element.js';

const log = document.getElementById('event-log');
for (const type of ['qa-reader:expert', 'qa-reader:section', 'qa-reader:error']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${event.target.id}: ${type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}

const { mount } = await load();
window.demo = {
  mount,
  handle: await mount('#reader-seed', { url: '../seeds/aljazeera-eastern-stronghold-explainer.txt' }, { singleOpen: false }),
};
