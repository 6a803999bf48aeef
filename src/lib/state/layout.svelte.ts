/**
 * Phone or desktop layout, from the same media query as the CSS (max-width: 700px), so the components
 * that place the detail panel (in the bottom sheet on a phone, over the map on a desktop) agree with
 * the stylesheet. Not part of the permalink: a link opens in whichever layout the reader has.
 */
export const PHONE_QUERY = '(max-width: 700px)';

export const layout = $state({ phone: false });

if (typeof window !== 'undefined' && window.matchMedia) {
  const mq = window.matchMedia(PHONE_QUERY);
  layout.phone = mq.matches;
  mq.addEventListener('change', (e) => { layout.phone = e.matches; });
}
