/** The alliance's pledges (Wales 2014, The Hague 2025…) and each ally's status against them. */
package org.burdenshare.core.targets;
